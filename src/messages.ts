/**
 * The messages between the content script, the background and the popup, in one place: each
 * direction a discriminated union, each message with the type of its answer, and typed helpers to
 * send and to listen. A receiver ignores anything that is not one of its messages.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { RowDraft } from './core/row.js';

/** What the content script answers to `get-summary`: what the article's row is made of (the popup makes it). */
export interface TabSummary {
  isArticle: boolean;
  notAnalysed: string | null;
  /** Null for a page without an analysed article. */
  draft: RowDraft | null;
}

/** The scripts a content script may have injected: the panel's script version in either build, a language's grammar and lexicons. */
export const EXTENSION_SCRIPTS = ['panel.js', 'panel-script.js', 'lang-de.js', 'lang-en.js'] as const;
export type ExtensionScript = (typeof EXTENSION_SCRIPTS)[number];

/** Content script → background. */
export type ToBackground =
  /** The page's analysis: the badge count, and what the history's row is made of (null: nothing to keep). */
  | { type: 'report'; count: number | null; row: RowDraft | null }
  /**
   * Inject a script into the content script's world (Firefox; Chromium outside the listed sites): the
   * panel, or the grammar and lexicon data of the page's language.
   */
  | { type: 'load-script'; file: ExtensionScript };

/** Popup → content script of a tab. */
export type ToContent = { type: 'get-summary' } | { type: 'show-panel' };

/** The answer to each message. */
export interface Replies {
  report: undefined;
  'load-script': boolean;
  'get-summary': TabSummary | null;
  'show-panel': boolean;
}

type Message = ToBackground | ToContent;
type Handlers<M extends Message> = {
  [T in M['type']]?: (
    message: Extract<M, { type: T }>,
    sender: Runtime.MessageSender,
  ) => Promise<Replies[T]> | undefined;
};

/** Sends a message from the content script to the background; resolves to its answer. */
export function sendToBackground<M extends ToBackground>(message: M): Promise<Replies[M['type']]> {
  return browser.runtime.sendMessage(message) as Promise<Replies[M['type']]>;
}

/** Sends a message to the content script of a tab; rejects when none runs there. */
export function sendToTab<M extends ToContent>(tabId: number, message: M): Promise<Replies[M['type']]> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Replies[M['type']]>;
}

/** Whether a value is a message object with a `type` among `types`. */
function isOneOf<M extends Message>(value: unknown, types: readonly string[]): value is M {
  return typeof value === 'object' && value !== null && types.includes((value as { type?: unknown }).type as string);
}

/**
 * Answers the messages of one union with the handler of each type (a handler that returns
 * undefined leaves the message to other listeners); returns a function that stops listening.
 */
export function listen<M extends Message>(handlers: Handlers<M>): () => void {
  const types = Object.keys(handlers);
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (!isOneOf<M>(message, types)) return undefined;
    const handle = handlers[message.type as M['type']] as
      ((m: M, s: Runtime.MessageSender) => Promise<unknown> | undefined) | undefined;
    return handle?.(message, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
