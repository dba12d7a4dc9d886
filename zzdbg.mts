import { readSignals, classifyIntent, noSignals } from './electron/core/brain/offline/classifyIntent';
const turns = process.argv.slice(2);
let s = { ...noSignals };
for (const t of turns) { s = { ...s, ...readSignals(t, { question: /\?|^do |\bdo you\b/.test(t), emergency: false, askedForPerson: false, gaveAddress: false, ownerName: 'Mike' }) }; }
console.log(Object.entries(s).filter(([, v]) => v).map(([k]) => k).join(' '), '->', classifyIntent(s));
