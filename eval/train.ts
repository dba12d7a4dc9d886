import { join } from 'node:path';
import { callerJudgements, type CallerModel } from '../electron/core/brain/offline/callerModel';
import { createOfflineBrain } from '../electron/core/brain/offline/offlineBrain';
import { playBrainOnly } from './brainOnly';
import { loadCorpus, type Script } from './corpusSchema';
import { bars, crossValidate, type CrossValidation } from './crossValidate';
import { labelCall, silentModel, type LabelledCall } from './cueTurns';
import { scoreScript, summarize, type ScriptScore } from './score';
import { trainCallerModel, trainingScripts, writeCallerModel } from './trainCallerModel';

/**
 * `npm run train`: trains the offline brain's second opinion on the tune part, writes it to
 * electron/core/brain/offline/callerModelWeights.ts, and says how well it does on tune calls it did not
 * learn from (five folds): the model alone, and the whole brain with it.
 */

const scripts = trainingScripts(loadCorpus(join(import.meta.dirname, 'corpus')));
const byId = new Map(scripts.map((script) => [script.id, script]));
const calls: LabelledCall[] = [];
for (const script of scripts) calls.push(await labelCall(script));
writeCallerModel(trainCallerModel(calls));
console.log(`Trained on ${calls.length} tune scripts; wrote callerModelWeights.ts.\n`);

async function wholeBrain(model: CallerModel, held: readonly LabelledCall[]): Promise<CrossValidation['brain']> {
  const scores: ScriptScore[] = [];
  for (const { id } of held) {
    const script = byId.get(id) as Script;
    scores.push(scoreScript(script, script.truth, await playBrainOnly(script, createOfflineBrain({ callerModel: model }))));
  }
  const { emergenciesNotPutThrough, spamPutThroughOrStored, needlessTransfers, fields } = summarize(scores);
  return {
    emergenciesNotPutThrough,
    spamPutThroughOrStored,
    needlessTransfers,
    intentScored: fields.intent.checked,
    intentRight: fields.intent.right,
    personScored: fields.personPutThrough.checked,
    personPutThrough: fields.personPutThrough.right,
  };
}

const report = await crossValidate(calls, 5, wholeBrain);
console.log(
  'Five-fold cross-validation on the tune part, folds by corpus file (each call judged, turn by turn, by a model that never saw its file):\n',
);
console.log('| judgement | calls of the kind | the model alone found | the model alone raised on other calls |');
console.log('| --- | --- | --- | --- |');
for (const judgement of callerJudgements) {
  const { calls: ofKind, found, falseAlarms } = report.model[judgement];
  console.log(`| ${judgement} | ${ofKind} | ${found} | ${falseAlarms} |`);
}
console.log('\nThe same at each bar barFor may take (found / raised on other calls):\n');
console.log(`| judgement | ${bars.join(' | ')} |`);
console.log(`| --- |${bars.map(() => ' --- |').join('')}`);
for (const judgement of callerJudgements) {
  const cells = report.byBar[judgement].map(({ found, falseAlarms }) => `${found} / ${falseAlarms}`);
  console.log(`| ${judgement} | ${cells.join(' | ')} |`);
}
const rulesAlone = await wholeBrain(silentModel, calls);
const outcome = (brain: CrossValidation['brain']) =>
  `${brain.emergenciesNotPutThrough} emergencies not put through, ` +
  `${brain.spamPutThroughOrStored} spam or wrong numbers put through or kept as leads, ` +
  `${brain.needlessTransfers} needless transfers, intent right on ${brain.intentRight} of ${brain.intentScored} calls, ` +
  `${brain.personPutThrough} of ${brain.personScored} requests for a person put through`;
console.log(`\nThe rules alone: ${outcome(rulesAlone)}.`);
console.log(`The whole brain with each fold's model: ${outcome(report.brain)}.`);
