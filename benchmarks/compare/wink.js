// The comparison run for benchmarks/compare/compare.sh: wink-nlp doing, in one process, what `newsnlp batch`
// does per article (tokens, sentences, entities, sentence importance), one JSON line out per line in.
//   node wink.js input.jsonl output.jsonl
'use strict';
const fs = require('fs');
const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
const its = nlp.its;

const [input, output] = process.argv.slice(2);
const lines = [];
for (const line of fs.readFileSync(input, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const { id, text } = JSON.parse(line);
  const doc = nlp.readDoc(text);
  const sentences = doc.sentences().out();
  const top = doc.out(its.sentenceWiseImportance)
    .sort((a, b) => b.importance - a.importance || a.index - b.index)
    .slice(0, 3)
    .map((s) => sentences[s.index]);
  lines.push(JSON.stringify({
    id,
    tokens: doc.tokens().out().length,
    sentences: sentences.length,
    entities: doc.entities().out(its.detail),
    summary: top,
  }));
}
fs.writeFileSync(output, lines.join('\n') + '\n');
