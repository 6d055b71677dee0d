/**
 * Size budgets of the built extension, gzipped (the bundle test and `npm run bench` read them). The
 * content script runs on every page of the listed news sites: it carries the extraction and the
 * attribution pipeline but no language; the grammar and lexicons of the page's language come as a
 * script of their own (`lang-de.js`, `lang-en.js`), loaded only for an article in that language, and
 * grow with the attribution rules. The display names (German base forms, part of the German grammar),
 * the outlet and the dates beside the byline are read in the page too; the Chromium bench checks what a
 * page pays for it all (long tasks, time to panel). The panel module loads only when a panel is shown;
 * about half of it are the cue explanations and UI texts of both languages (for its popovers, the
 * figures' explanations and the printable handout), and grows with the cues it explains.
 * Until 4 December 2026 the content script held both languages' grammars (57,152 B; before that day
 * both lexicons too, 78,583 B); a German article now loads 35.0 kB + 29.3 kB, an English one
 * 35.0 kB + 22.3 kB, a page that is no article 35.0 kB. Both language scripts hold the common
 * given names of one gender (src/core/lexicon/given-names.json, for "er"/"sie", "he"/"she"):
 * German 31.2 kB, English 23.1 kB since. The German script passed 32 kB on the same day with the
 * institutions, offices and party references of the German lexicon (32.2 kB); its budget went to 33 kB.
 * The English script reached 24.0 kB with the English offices and coreference rules of that day, and
 * passed it with the subject rules of the same evening (relative clauses and appositions between a
 * name and its verb, the office a sentence opens with): its budget went to 25 kB. The content script
 * passed 36 kB the same evening with the pipeline's coreference rules (a lone-word body taken up by "the
 * company", an office of the other gender kept from a person, a body kept from a document that ends in
 * its name): its budget went to 37 kB. Later on 4 December 2026 the language scripts passed their budgets by
 * some twenty bytes each with the names of medical and scientific disciplines (expert), German "zu bedenken
 * geben" and the English irregular past forms that mark a main clause's verb (33,019 B and 25,015 B):
 * their budgets went to 33.5 kB and 25.5 kB. On 5 December 2026 the German script passed 33.5 kB (33,606 B)
 * with professional advisers, service firms and radio stations in the lexicon, participles read as
 * adjectives before a noun and surnames that are role nouns ("Anna Richter"): its budget went to 34 kB, and
 * to 34.5 kB with the managing directors, deputies, court pleas, "es heißt" and "besagen" of the same
 * day (34,012 B).
 * The English script passed 25.5 kB the same day (25,809 B) with subjects before a participle clause or
 * a prepositional phrase ("a lawyer representing the family said", "people familiar with the talks
 * say") and the capitalised nouns that end a name ("Talbury City"): its budget went to 26 kB, and to 26.5 kB
 * when 'with' joined a role to its body and a passive participle before its object's preposition ("a
 * man accused of arson") was read as no statement (26,003 B). It passed 26.5 kB (26,539 B) with the
 * ends of English company names ("Talbury Airways"), an unnamed spokesperson as the one "he" or "she"
 * points to, and a name opening two appositions as the speaker: its budget went to 27 kB. The content
 * script passed 37 kB (37,018 B) the same day when a person named by a role after a place ("a Talbury
 * Police spokeswoman") became the one a later pronoun points to: its budget went to 37.5 kB. The English
 * script passed 27 kB (27,138 B) with subjects joined by "and" and a participle clause with its agent
 * before the verb ("research released in May by X found"): its budget went to 27.5 kB. The content
 * script passed 37.5 kB (37,539 B) when an unnamed spokesperson became what a later pronoun points to and
 * a page's declared article text (JSON-LD) became its body where the page shows none: its budget went to
 * 38 kB.
 * The English script passed 27.5 kB (27,568 B) with a participle between a subject and a place ("experts
 * not involved in the study said") and English "a spokesperson" typed by the body named before: its budget
 * went to 28 kB. The panel passed 22 kB (22,020 B) with the German causative verbs of saying ("ließ
 * mitteilen") and "nach Überzeugung" among the cues it explains: its budget went to 22.5 kB. The German
 * script passed 34.5 kB (34,511 B) the same day with a politician named by party alone pointing back, the
 * general secretaries of bodies and "nach einer Studie": its budget went to 35 kB. The English script
 * passed 28 kB (28,213 B) with the participle clauses that belong to a mention ("figures published in
 * May", "Police called to the scene said"): its budget went to 28.5 kB. The content script passed 38 kB
 * (38,117 B) when the lexicon compiler learnt a language's other spellings of a letter (Swiss German "ss"
 * for "ß") and a source's request to stay unnamed: its budget went to 38.5 kB. The English script passed
 * 28.5 kB (28,820 B) with everyday people's roles in the lexicon (patients, tenants, commuters), "dismissed
 * … as" with a quotation, the number of an English mention read from its nouns and a body one is
 * "admitted to": its budget went to 29 kB, and to 29.5 kB (29,070 B) with the authors of a study, a
 * government portfolio before "Secretary", a noun after a modal read as an object and a subject's opening
 * phrase read over its complements ("The chair of a panel on crime, Tom Kahl, said"), and to 30 kB (29,576 B) with one of a group, adjectives that
 * open a sentence, a body's name before a place ("NHS England") and names that end in a noun for bodies. The German script passed 35 kB (35,011 B) with
 * "soll" before a task's infinitive read as a plan, a participle that needs content checked as its finite
 * forms are ("hatte das Feuer bemerkt") and an age that points back to one nobody named: its budget went
 * to 35.5 kB. The content script passed 38.5 kB (38,594 B) with the pipeline's coreference of that day
 * (one private person nobody named, one of a group, a person named in passing known for a later surname,
 * a role's fallback type yielding to the body named last): its budget went to 39 kB. The German script
 * passed 35.5 kB (35,749 B) on 5 December 2026 with the shares of a group a poll counts ("rund 46 Prozent
 * der Befragten", "drei von zehn", "jeder dritte") and the words that hedge them: its budget went to 36 kB,
 * and to 36.5 kB (36,157 B) with "gestanden" told from "stehen", "wie aus X zu hören ist", legal scholars, the
 * possessives of a gender, quotations a word names and "hoffen" before an infinitive.
 * The English script passed 30 kB (30,035 B) the same day with the shares of a group a poll counts, the
 * fields an adviser serves and what a court heard: its budget went to 30.5 kB, and to 31 kB (30,593 B) with
 * people named in passing with the body they are of, a role a possessive owns, names that hold a function
 * word ("Talbex Together"), club names and the questions a verb of asking asks. It passed 31 kB (31,001 B) on
 * 5 December 2026 with what the news media published ("media reports", "a report in the Talbury Times") and
 * the names a quotation gives after "known as": its budget went to 31.5 kB. The same day the content script
 * passed 39 kB (39,049 B) with the authors of a study the text cited and a plus that ends a word ("LGBTQ+"):
 * its budget went to 39.5 kB; the German script passed 36.5 kB (36,521 B) with press reports, a fronted
 * dative, a verb's content before the tail that names its speaker and "einer" standing alone: its budget
 * went to 37 kB. The English script passed 31.5 kB (31,569 B) the same day with "no" and "nobody" as no
 * speaker, one of a group, names before a role ("Talbury Rovers manager") and what is posted with where
 * ("a post on X"): its budget went to 32 kB. The German script passed 37 kB (37,010 B) with the everyday roles of
 * its lexicon, nobody as a subject ("keine Behörde, die sagt"), a name with its role in apposition and the
 * words that name the kind of text before a colon: its budget went to 37.5 kB. On 5 December 2026 it
 * passed 42 kB (42,592 B) with the given names of the German-speaking world beyond the common list
 * (src/core/lang/de/lexicon/given-names.json, 1,665 names, some 5.5 kB gzipped; written by npm run
 * given-names from a maintained package): its budget went to 43 kB. The content script passed 39.5 kB
 * (39,689 B) the same day when a person a pronoun points to stayed whom the next pronoun means beside a
 * person named in a prepositional phrase ("gegen Amtsinhaber …"): its budget went to 40 kB. The German
 * script passed 43 kB (43,269 B) with the German nouns of saying ("die Behauptung der Firma, …", "das
 * Gerücht, dass …") and the explanation of such a noun, the English script 32 kB (32,150 B) with that
 * explanation: their budgets went to 43.5 kB and 32.5 kB. The content script passed 40 kB (40,106 B) when
 * the outlet's own reporting stopped counting as a source of its article: its budget went to 40.5 kB. The
 * German script passed 43.5 kB (43,520 B) with two roles under one article before a name ("des Historikers
 * und Autors …") and quoted names of parties: its budget went to 44 kB, and to 44.5 kB (43,994 B) with "Kritik
 * von …" and "erfahren" as a verb of learning from sources. The English script passed 32.5 kB (32,599 B)
 * with a list's commas inside an apposition ("…, including A, B and C, said") and a company's officers by
 * their short titles (CFO, SVP): its budget went to 33 kB. The German script passed 44.5 kB with the
 * subject before a relative clause, present plurals of separable verbs of saying, the outlet speaking of
 * itself ("unserer Redaktion") and a case-sensitive cue pattern: its budget went to 45 kB. The content
 * script passed 40.5 kB (40,530 B) the same day with a title in quotation marks told from a quotation, the
 * outlet speaking of itself, a colon that introduces a quotation and "she" kept from bodies' names: its
 * budget went to 41 kB. The English script passed 33 kB (33,062 B) with gendered nouns of people, ", saying"
 * after a perfect and a role with a name set off by commas: its budget went to 33.5 kB. The panel passed
 * 22.5 kB with the explanations of this day's new cues ("vorliegt", "vergleichen", "verdeutlichen",
 * "compare", "liken"): its budget went to 23 kB. The content script passed 41 kB (41,046 B) on 5 December
 * 2026 with a copula's complement as a person's role ("Lea Roth ist Professorin …"), the caseless cue
 * prefilters and a pronoun's gender learnt for the person it points to: its budget went to 41.5 kB. The
 * German script passed 45 kB (45,003 B) the same day with the copula's words and the short forms of sports
 * clubs' names: its budget went to 45.5 kB. The English script passed 33.5 kB (33,548 B) the same day with
 * the firm named before a company officer's role ("Talbex CEO Tom Kahl") and the verbs of saying that need
 * a speaker: its budget went to 34 kB. The German script passed 45.5 kB (45,613 B) with a relative clause
 * that gives a speaker its role ("…, der seit 2019 Bürgermeister von Talberg ist, …") and the verbs of
 * leading a body: its budget went to 46 kB. The content script passed 41.5 kB (41,527 B) on 6 December 2026
 * with a headline's title case told by its content words, the past roles of English relative clauses and
 * the speaker of a colon quote looked for past the prepositional phrases opening the clause: its budget
 * went to 42 kB. The English script passed 34 kB (34,001 B) the same day with "read" as a verb of saying of
 * documents, the past roles of relative clauses, a network's name and a place set off after a
 * description: its budget went to 34.5 kB. The German script passed 46 kB the same day with the roles a
 * relative clause in the past gives ("…, die Bürgermeisterin von Talberg war, …": held no longer): its
 * budget went to 46.5 kB. The English script passed 34.5 kB the same day with compounds with a preposition
 * inside ("editor-in-chief") and "General" before or after another office: its budget went to 35 kB.
 * The German script passed 46.5 kB (46,547 B) the same day with spans of time before a copula's role
 * ("seit zehn Jahren"), "sich berufen auf" and "Angaben aus …": its budget went to 47 kB. The English script
 * passed 35 kB (35,273 B) the same day with the verbs of the manner of speaking that tag a quotation
 * ("“…,” fumed X", "“…,” she laughs"), coroners, inquests and ombudsmen: its budget went to 35.5 kB. The
 * content script passed 42 kB (42,099 B) the same day with a noun of a body's kind pointing back to the one
 * body of that type the text named ("the company", "der Konzern"), the quotation tags' test and the
 * withdrawal of a noun's reading for an according-to cue: its budget went to 42.5 kB. The English script
 * passed 35.5 kB (35,663 B) the same day with verbs of saying in the progressive ("are warning", "has been
 * saying"): its budget went to 36 kB. The panel passed 23 kB (23,145 B) the same day with the explanations of the new
 * cues (the verbs of the manner of speaking, "sich berufen auf", "wie bekannt wurde"): its budget went to 23.5 kB.
 * The German script passed 47 kB (47,004 B) on 6 December 2026 with "nach Aussage", "nach Schilderung" and the
 * adjectives of either case before such nouns ("nach eigener Darstellung"): its budget went to 47.5 kB. It passed 47.5 kB
 * (47,545 B) the same day with the feminine forms of roles, two names joined after a plural role and a passive's
 * agent kept from the subject's role: its budget went to 48 kB. The English
 * script passed 36 kB (36,075 B) the same day with clauses without "that" after verbs of belief, "in his view", "by her own
 * account", clergy, referees and surgeons: its budget went to 36.5 kB, and to 37 kB (36,615 B) with the
 * English roles of everyday news typed as their German counterparts (entrepreneurs, accountants, defendants …),
 * and to 37.5 kB (37,112 B) with the headlines that open with their source and the labels that open none.
 * The German script passed 48 kB (48,029 B) the same day with the bodies of local government and public
 * services, founders as relational roles and the body a spokesperson's "von" names: its budget went to 48.5 kB.
 * The English script passed 37.5 kB (37,597 B) the same day with the firms news names by their trade, verbs of calling
 * ("branded X a Y", "likened X to Y") and the subject before a relative clause without commas: its budget
 * went to 38 kB. The German script passed 48.5 kB (48,532 B) the same day with the given names of either
 * gender, German verbs of court reporting ("zu Protokoll geben") and a relative clause's verb agreeing with
 * its antecedent: its budget went to 49 kB. The content script passed 42.5 kB (42,522 B) the same day with a
 * person named with a firm only whom the text then calls "der Experte" typed an expert in every row: its
 * budget went to 43 kB. The English script passed 38 kB (38,071 B) on 6 December 2026 with the bodies of
 * commerce, music and faith (chambers of commerce, orchestras, dioceses, mosques), airports and stock
 * exchanges in the lexicon: its budget went to 38.5 kB. The German script passed 49 kB (49,162 B) the same day
 * with the separable verbs of testimony and argument ("sagte … aus", "legte … dar", "hielt … dagegen") and
 * "Aus X geht hervor": its budget went to 49.5 kB. The same day the panel fell to 20.6 kB (20,634 B): it had
 * carried the one explanation of the verbs of saying once per verb (some 400 copies); the verbs now share one
 * entry, and its budget went down to 21 kB. The English script passed 38.5 kB (38,562 B) the same day with
 * phrases a pronoun closes ("a person close to him", "a friend of his"), nouns in -ing before their verb ("the
 * filing shows") and drafts as documents: its budget went to 39 kB. The German script passed 49.5 kB (49,504 B)
 * the same day with a person's circle ("eine Person aus seinem Umfeld"), months and seasons that date a plan
 * after "soll", and the military's inspector general and the domestic intelligence's officers: its budget
 * went to 50 kB. The German script passed 50 kB (50,038 B) on 6 December 2026 with businesses and venues as
 * companies (Hotel, Werft, Spedition, Kraftwerk …) and the inverted subject found inside phrases after a
 * preposition ("Das sagte in Talberg Innenministerin Anna Berger"): its budget went to 50.5 kB. The English
 * script passed 39 kB (39,026 B) the same day with businesses and venues (hotels, shipyards, theatres) and the
 * gathering where one spoke kept out of the source ("the mayor at a press conference"): its budget went to
 * 39.5 kB. Of each language's script some 10 kB (raw) is the core it shares with the content script (tokens,
 * phrases, quotations): measured, too little to be worth a second way of loading the languages. The German
 * script passed 50.5 kB (50,521 B) the same day with verbs of insisting ("bestand darauf", "pochte darauf")
 * and an adjective before a copula read as no subject ("Entscheidend ist …"): its budget went to 51 kB. The
 * content script passed 43 kB (43,016 B) the same day with the Konjunktiv after a colon that names no
 * speaker ("Der Vorwurf: Die Stadt habe …"): its budget went to 43.5 kB. The German script passed 51 kB
 * (51,003 B) the same day with according-to after its noun ("Dem Bericht nach", "Seinen Angaben nach"),
 * "Berichte, wonach", plans up to a day and nouns in -e after a number: its budget went to 52 kB, room for the
 * rest of the stop's German rules. The English script passed 39.5 kB (39,634 B) on 6 December 2026 with one
 * person of many a name qualifies ("a Talbex engineer", unnamed), a possessive owner across adjectives
 * ("Kahl's now-defunct podcast") and "called the plan a mistake": its budget went to 40 kB. The content
 * script passed 43.5 kB (43,556 B) the same day with a short quotation after a verb of saying and its colon
 * ("Kahl said: “Never.”") and the memory's writings a name owns: its budget went to 44 kB. The English
 * script passed 40 kB (40,001 B) the same day with idioms of saying ("sounded the alarm over", "spoke out against"),
 * pronouns in the object case after "according to" and "a mother of two": its budget went to 40.5 kB. The
 * German script passed 52 kB (52,002 B) the same day with a part of a group before its noun ("Viele der
 * Anwohner"), judgements with "sehen", bare institutions after adjectives, "im Auftrag" and "begrüßte die
 * Entscheidung": its budget went to 52.5 kB. The English script passed 40.5 kB (40,504 B) the same day with
 * a name before "of"/"from" and its body, "familiar with her planning", adverbs of contrast before a verb
 * and "welcomed the decision": its budget went to 41 kB. It passed 41 kB (41,088 B) on 6 December 2026 with two
 * subjects joined by "and" read as two sources ("Tom Kahl and Lea Roth said") and idioms of "as" after a verb
 * of calling ("dismissed 40 workers as part of the cuts"): its budget went to 41.5 kB; the German script, at
 * 52,490 B the same day with "Sowohl X als auch Y" and "die Schuld bei X sehen", went to 53 kB. The content
 * script passed 44 kB (44,004 B) the same day with private people introduced by an indefinite article kept
 * unnamed when taken up again and posts that show what somebody thinks: its budget went to 44.5 kB. The
 * German script passed 53 kB (53,011 B) the same day with plurals read by their singular with the umlaut
 * undone ("Gesundheitsämter"), bodies of "-gesellschaft" and "Sowohl … als auch": its budget went to 53.5 kB.
 * The English script passed 41.5 kB (41,606 B) on 6 December 2026 with "declare" needing what was declared,
 * documents of a definite body identified and more of the words a newspaper's title ends in ("Echo",
 * "Sentinel"): its budget went to 42 kB. The German script passed 53.5 kB (53,531 B) the same day with nouns of
 * one gender ("ihr Mann", "seine Tochter") and a verb's reflexive reading told by "sich" in its clause: its
 * budget went to 54 kB. It passed 54 kB (54,011 B) late on 6 December 2026 with the nouns that take a quoted title
 * ("die Initiative „…“"), projections and counts as findings and the relational roles in any of their forms
 * ("dem Präsidenten"): its budget went to 54.5 kB. The English script passed 42 kB (42,011 B) the same night with
 * the utilities' company names, a politician's party and state before a relative clause, claims rejected or
 * dismissed and strikes threatened: its budget went to 42.5 kB. The content script passed 44.5 kB (44,549 B) on
 * 7 December 2026 with the outlet's own newsroom named by the article alone ("der Redaktion"), a vague word
 * read only before a phrase's first preposition and the interviewer's turn put as a statement: its budget
 * went to 45 kB. The German script passed 54.5 kB (54,534 B) the same day with the bodies and roles of the
 * day's frames ("Anleger", "Fahnder", party and cabinet colleagues), "einen Zusammenhang sehen/herstellen"
 * and statements "aus" a circle: its budget went to 55 kB; the English script passed 42.5 kB (42,511 B)
 * with delegations, the nouns of a body's kind, "May" the month, ", with X saying", "according to reports"
 * and party and cabinet colleagues: its budget went to 43 kB. It passed 43 kB (43,112 B) the same day with
 * research firms' names, verbs inside indirect questions, "a statement saying", "a post on the website" and
 * a time of day read as a noun: its budget went to 43.5 kB. The German script passed 55 kB (55,132 B) on 7
 * December 2026 with a board's title typed by the body a genitive names, a party's experts as politicians and
 * "Berechnung" as a document: its budget went to 55.5 kB. The content script passed 45 kB (45,005 B) the
 * same day when a quoted title became a name of its own for a noun of its kind, a demonstrative possessive
 * ("deren") the last noun phrase's and "the paper" after a cited study the study: its budget went to 45.5 kB.
 * The English script passed 43.5 kB (43,523 B) the same day with the utilities' networks, a passive's
 * agent ended before its verb's preposition, a full name set off after a role's complement and the
 * conjunctions of time: its budget went to 44 kB. The German script passed 55.5 kB (55,541 B) the same day
 * with the judgements that "ausfallen", adverbs inside a phrase after "und", Austrian parliamentary group
 * chairs and "wie" comparing before a verb: its budget went to 56 kB. The panel passed 21 kB (21,029 B) on
 * 7 December 2026 with the explanation of "laut eigenen Angaben": its budget went to 21.5 kB. The content
 * script passed 45.5 kB (45,520 B) the same day when "by its own account" took its clause's subject: its
 * budget went to 46 kB. The English script passed 44 kB (44,030 B) the same day with sources speaking on
 * condition of anonymity and reports nobody owns as a verb's subject: its budget went to 44.5 kB. The German
 * script passed 56 kB (56,048 B) the same day with "laut eigenen Angaben", measures inside a phrase ("der 52
 * Jahre alte Angeklagte") and the subject a verb after "und" shares: its budget went to 56.5 kB. The content
 * script passed 46 kB (46,003 B) the same day with quoted titles and dashed insertions before a verb, a noun
 * of saying's list of owners and the reason a refusal to comment gives: its budget went to 46.5 kB. The German
 * script passed 56.5 kB (56,535 B) the same day with the words of a court's sentence ("zu einer
 * Bewährungsstrafe", "zur Rückzahlung"): its budget went to 57 kB. The content script passed 46.5 kB (46,516 B)
 * the same day with lone surnames after a noun of saying that the text names elsewhere ("Gratulation von
 * Kahl"), the type a cue gives a mention nothing types and relative clauses set after their verbs: its
 * budget went to 47 kB. The English script passed 44.5 kB (44,505 B) the same day with the sales and managing
 * roles of firms, one of a group that a name set off after it gives, an office after a possessive and the word
 * of a teaser's topic ("on"): its budget went to 45 kB. The content script passed 47 kB (47,074 B) the same
 * day with every member of a list of subjects, an office after a possessive, a short name before a role, the
 * teaser after a headline's quotation and a surname kept apart from the object after it: its budget went to
 * 47.5 kB. The German script passed 57 kB (57,049 B) the same day with a feminine in "-e" after "einer", "X,
 * wonach …", a noun after a fused article taking its genitive, the parts of a span of time and days after a
 * name and a medium after an office's role read as whom it was said to: its budget went to 57.5 kB. The German
 * script passed 57.5 kB (57,965 B) the same day with the nouns of some ninety countries' people in both genders
 * ("der Österreicher", "die Schweizerin": the person named before): its budget went to 58.5 kB; the English
 * script passed 45 kB (45,029 B) with the same nouns: its budget went to 45.5 kB. On 2026-12-07 the German
 * script passed 58.5 kB (58,552 B) with a country's adjective as the source of "nach … Angaben", commanders,
 * central banks and chambers by name and "zurückführen auf" as a statement: its budget went to 59 kB. The
 * English script passed 45.5 kB (45,525 B) the same day with institutions by name, a negated passive, a
 * present verb opening a clause without "that" and web addresses of any domain: its budget went to 46 kB.
 * The content script passed 47.5 kB (47,543 B) the same day with the shared test of web addresses, the
 * memory's statements that are no person and a quick search without a leading look-behind: its budget went
 * to 48 kB. The English script passed 46 kB (46,058 B) the same day with the stance verbs German had
 * ("expressed confidence", "reaffirmed"): its budget went to 46.5 kB. The German script passed 59 kB
 * (59,021 B) the same day with a newsroom's compounds ("nach X-Informationen") and the roles of a club's
 * sporting direction: its budget went to 59.5 kB. The German script passed 59.5 kB (59,627 B) the same day with
 * the words that name one office, a second verb group's auxiliaries and the named members of a group that
 * speaks ("darunter Tom Kahl"): its budget went to 60 kB. The English script passed 46.5 kB (46,617 B) the same
 * day with the named members of a group ("including Tom Kahl"), a chant and a named body's figures: its budget
 * went to 47 kB. It passed 47 kB (47,130 B) the same day with the tails of verbs of the manner of saying, a
 * judgement and a verb of coming before its source and a body's kind written bare before its name
 * ("charity the Talbury Trust"): its budget went to 47.5 kB. On 7 December 2026 the content script passed
 * 48 kB (48,086 B) with the sections of a page's <main> read as one body and the bylines that name a place,
 * a genre ("Ein Kommentar von") or a job title beside the author: its budget went to 48.5 kB. The German
 * script passed 60 kB (60,053 B) the same day with a group and the person it is gathered around ("das
 * Team um Anna Berger") and research teams as experts: its budget went to 60.5 kB. The English script
 * passed 47.5 kB (47,512 B) the same day with critics and sceptics as people, "team" as a relational noun and
 * a group with whom it is led by ("Researchers led by Tom Kahl"): its budget went to 48 kB. The German
 * script passed 60.5 kB (60,517 B) the same day with groups "unter der Leitung" of someone, "Post" as a
 * newspaper and a judgement put first after a word of degree: its budget went to 61 kB. The content
 * script passed 48.5 kB (48,505 B) the same day with the answers of an interview labelled "A:" or
 * "Antwort:": its budget went to 49 kB. The German script passed 61 kB (61,001 B) on 7 December 2026 with
 * the genitive after a superlative read as its domain ("die beste Band der Welt"): its budget went to 61.5 kB. The English script passed 48 kB (48,098 B) the same day with a US
 * politician's party and state in brackets, "former" roles and a publication's name read as a role before a
 * given name ("Economist Lea Roth"): its budget went to 48.5 kB. The content script passed 49 kB (49,006 B)
 * the same day with a kicker glued to its headline, the role noun before a name over the body the person
 * comes from, the short forms of bodies' names in capitals and small letters and the body a group that
 * opens a sentence is of: its budget went to 49.5 kB. The English script passed 48.5 kB (48,540 B) the same
 * day with a newsroom's investigation as the outlet's, firms' names in "Records" or "Systems" and whoever
 * speaks for a private person: its budget went to 49 kB. The German script passed 61.5 kB (61,669 B) the same
 * day with theatres as organisations, passives of acts yet to come, "identifizieren" and listed companies
 * by their shares ("die Talbex-Aktie"): its budget went to 62 kB. On 7 December 2026 the English script
 * passed 49 kB (49,009 B) with a particle verb's passive ("was made clear by") and a name "which" takes up
 * as a body, a company where it trades: its budget went to 49.5 kB. The German script passed 62 kB (62,012 B)
 * the same day with the perfect of verbs of "lassen", shops and delivery services as companies, a neuter
 * relative clause after a name and the article fused with a preposition ("im Bericht"): its budget went to
 * 62.5 kB. The English script passed 49.5 kB (49,515 B) the same day with district as a public body, counts of
 * cases as what a body reports and a firm known by its results ("Talbex reported a net loss"): its budget went
 * to 50 kB. Later that day the content script passed 49.5 kB (49,556 B) with names joined by an ampersand
 * read as one word ("Haus & Grund"): its budget went to 50 kB. It passed 50 kB (50,019 B) the same evening with
 * the display names' folds (a role and a name with the body the person is from, a headline's role alone, a
 * capital that only opens a sentence) and a body's staff typed by the body named last: its budget went to 50.5 kB.
 * On 8 December 2026 the German script passed 62.5 kB (62,626 B) with the subject of a relative clause a
 * preposition opens ("…, in dem die Sängerin … schildert"): its budget went to 63 kB. It passed 63 kB (63,104 B)
 * the same day with institutions' names in English ("die Talbury Foundation", "des Office for … Statistics"):
 * its budget went to 63.5 kB. The content script passed 50.5 kB (50,509 B) the same day with a subheading on a
 * person heard before ("Kahl: Roth fordert …") and a study's authors named in both genders: its budget went to 51 kB.
 * The English script passed 50 kB (50,004 B) the same day with a body known by its name as no "she", a reflexive
 * after the subject ("Roth herself told") and a participle clause that opens the sentence ("Asked about …,"): its
 * budget went to 50.5 kB. On 8 December 2026 the German script passed 63.5 kB (63,539 B) with a body named after a
 * person ("das Robert Koch-Institut"-like names), relative clauses a preposition opens before the verb, a
 * relative clause of purpose ending in "soll", "Kritikpunkte" as a cue and coalition partners: its budget went to 64 kB.
 */
export const BUDGET_GZIP: Readonly<Record<string, number>> = {
  'content.js': 51_000,
  'lang-de.js': 64_000,
  'lang-en.js': 50_500,
  'panel.js': 21_500,
};
