// Imports each BPMN file given on the command line with bpmn-moddle (the model layer of bpmn-js) and
// prints one JSON line per file: {"file", "error", "warnings"}. Exit code 0 when every file imports
// cleanly, 1 otherwise. Used by tests/GovWorkflow.Engine.Tests/Workflows/WorkflowFileTests.cs.
import { readFile } from 'node:fs/promises';
import { BpmnModdle } from 'bpmn-moddle';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node check.mjs FILE.bpmn…');
  process.exit(2);
}

let clean = true;
for (const file of files) {
  const moddle = new BpmnModdle();
  const result = { file, error: null, warnings: [] };
  try {
    const xml = await readFile(file, 'utf8');
    const { warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
    result.warnings = warnings.map((w) => w.message);
  } catch (e) {
    result.error = String(e && e.message || e);
    result.warnings = (e && e.warnings || []).map((w) => w.message);
  }
  if (result.error || result.warnings.length > 0) clean = false;
  console.log(JSON.stringify(result));
}
process.exit(clean ? 0 : 1);
