// AWS failures of the publish stage, rewritten to say which call failed on what, and what to do about it.
import { describeAwsError, isAccessDenied } from '../adapters/aws';
import { Input } from '../inputs';

export class PublishError extends Error {
  override name = 'PublishError';
}

/** Runs one AWS call; a failure becomes a PublishError naming the IAM action, the resource and the next step. */
export async function attempt<T>(action: string, resource: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof PublishError) throw error;
    throw new PublishError(explain(error, action, resource));
  }
}

/** `<action> on <resource> failed: <name>: <message>. <what to do>` */
export function explain(error: unknown, action: string, resource: string): string {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number; attempts?: number } };
  const status = e.$metadata?.httpStatusCode;
  const what = describeAwsError(error);
  if (isAccessDenied(error)) {
    return `${action} on ${resource} failed: ${what} Allow ${action} on it to the role the workflow assumes (see lambda-layers-action's docs/permissions.md).`;
  }
  return `${action} on ${resource} failed: ${what} ${nextStep(what, status, e.$metadata?.attempts)}`;
}

/** `what` is `<name>: <message>`; Lambda reports S3 failures inside an InvalidParameterValueException's message. */
function nextStep(what: string, status: number | undefined, attempts: number | undefined): string {
  const name = what.split(':')[0];
  if (name === 'CodeStorageExceededException') {
    return `Lambda's code storage of this account and region is full: set the '${Input.KeepVersions}' input so that old layer versions are deleted after publishing, or delete unused layer and function versions.`;
  }
  if (name === 'RequestEntityTooLargeException') {
    return `Set the '${Input.S3Bucket}' input so that the zip is uploaded to S3 first.`;
  }
  if (name === 'NoSuchBucket' || what.includes('S3 Error Code: NoSuchBucket')) {
    return `Create the bucket or fix the '${Input.S3Bucket}' input; '{region}' in it is replaced by each region.`;
  }
  if (name === 'PermanentRedirect' || status === 301 || what.includes('S3 Error Code: PermanentRedirect')) {
    return `The bucket is in another region, and Lambda reads layer zips from the layer's region only: use one bucket per region with '{region}' in the '${Input.S3Bucket}' input.`;
  }
  if (name === 'TooManyRequestsException' || name === 'ServiceException' || (status !== undefined && status >= 500)) {
    return `AWS still refused after ${attempts ?? 'several'} attempts; re-run the job: versions already published are found by fingerprint, not published twice.`;
  }
  return 'Re-run once the cause is fixed: versions already published are found by fingerprint, not published twice.';
}
