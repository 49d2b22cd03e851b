import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  describeAwsError,
  isAccessDenied
} from "./chunk-G5XAVSSS.js";
import {
  Input
} from "./chunk-MG3XDSRN.js";

// src/publish/errors.ts
var PublishError = class extends Error {
  name = "PublishError";
};
async function attempt(action, resource, call) {
  try {
    return await call();
  } catch (error) {
    if (error instanceof PublishError) throw error;
    throw new PublishError(explain(error, action, resource));
  }
}
function explain(error, action, resource) {
  const e = error;
  const status = e.$metadata?.httpStatusCode;
  const what = describeAwsError(error);
  if (isAccessDenied(error)) {
    return `${action} on ${resource} failed: ${what} Allow ${action} on it to the role the workflow assumes (see lambda-layers-action's docs/permissions.md).`;
  }
  return `${action} on ${resource} failed: ${what} ${nextStep(what, status, e.$metadata?.attempts)}`;
}
function nextStep(what, status, attempts) {
  const name = what.split(":")[0];
  if (name === "CodeStorageExceededException") {
    return `Lambda's code storage of this account and region is full: set the '${Input.KeepVersions}' input so that old layer versions are deleted after publishing, or delete unused layer and function versions.`;
  }
  if (name === "RequestEntityTooLargeException") {
    return `Set the '${Input.S3Bucket}' input so that the zip is uploaded to S3 first.`;
  }
  if (name === "NoSuchBucket" || what.includes("S3 Error Code: NoSuchBucket")) {
    return `Create the bucket or fix the '${Input.S3Bucket}' input; '{region}' in it is replaced by each region.`;
  }
  if (name === "PermanentRedirect" || status === 301 || what.includes("S3 Error Code: PermanentRedirect")) {
    return `The bucket is in another region, and Lambda reads layer zips from the layer's region only: use one bucket per region with '{region}' in the '${Input.S3Bucket}' input.`;
  }
  if (name === "TooManyRequestsException" || name === "ServiceException" || status !== void 0 && status >= 500) {
    return `AWS still refused after ${attempts ?? "several"} attempts; re-run the job: versions already published are found by fingerprint, not published twice.`;
  }
  return "Re-run once the cause is fixed: versions already published are found by fingerprint, not published twice.";
}

export {
  PublishError,
  attempt,
  explain
};
//# sourceMappingURL=chunk-O4CTUHPC.js.map
