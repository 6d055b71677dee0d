// The layers of the code as ESLint checks them (eslint.config.js): an import that crosses a layer
// fails the lint, one that keeps to it passes. The files are linted as text, never written.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();
const lint = async (filePath: string, code: string) => (await eslint.lintText(code, { filePath }))[0]!.messages;

describe('layers (import zones)', () => {
  it.each([
    ['src/core/probe.ts', "import { translator } from '../ui/i18n.js';\nexport const x = translator;\n"],
    ['src/core/probe.ts', "import { analyze } from '../page/analyze.js';\nexport const x = analyze;\n"],
    ['src/page/probe.ts', "import { runBatch } from '../cli/batch.js';\nexport const x = runBatch;\n"],
    ['src/ui/probe.ts', "import { showPanelIn } from '../popup/show.js';\nexport const x = showPanelIn;\n"],
  ])('rejects an import across a layer: %s', async (file, code) => {
    const messages = await lint(file, code);
    expect(messages.map((m) => m.ruleId)).toContain('import-x/no-restricted-paths');
  });

  it('accepts an import along the layers (page from core)', async () => {
    const messages = await lint(
      'src/page/probe.ts',
      "import { KINDS } from '../core/vocabulary.js';\nexport const x = KINDS;\n",
    );
    expect(messages).toEqual([]);
  });
});
