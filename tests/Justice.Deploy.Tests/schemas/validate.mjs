// Validates Kubernetes objects against the API's schemas, as kubernetes-models compiled them from the Kubernetes
// OpenAPI document: types, formats, required fields and enumerations. Reads a JSON array of objects on stdin and
// writes a JSON array of {object, errors} for each object that fails (empty: all valid). An apiVersion and kind the
// package has no schema for is a failure too.
import { readFileSync } from "node:fs";
// Fails here, before any object is judged, when the package is not installed (./eng/install.sh installs it).
import "kubernetes-models/v1/Namespace";

const objects = JSON.parse(readFileSync(0, "utf8"));
const failures = [];
for (const object of objects) {
  const name = `${object.apiVersion}/${object.kind} ${object.metadata?.name ?? "(no name)"}`;
  let model;
  try {
    model = (await import(`kubernetes-models/${object.apiVersion}/${object.kind}`))[object.kind];
  } catch {
    failures.push({ object: name, errors: "no schema for this apiVersion and kind" });
    continue;
  }
  try {
    new model(object).validate();
  } catch (error) {
    failures.push({ object: name, errors: error.message });
  }
}
process.stdout.write(JSON.stringify(failures));
