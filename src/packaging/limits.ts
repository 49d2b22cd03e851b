// Lambda's size quotas, checked before anything is uploaded (facts B, gettingstarted-limits).
import { Input } from '../inputs';

/** Unzipped: a function and all its layers together. */
export const MAX_UNZIPPED = 250 * 1024 * 1024;
/** Zipped, sent in the PublishLayerVersion request itself; larger zips go through S3. */
export const MAX_DIRECT_UPLOAD = 50 * 1024 * 1024;
/** Layers on one function. */
export const MAX_FUNCTION_LAYERS = 5;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Problems with the unzipped content, known before zipping: an empty layer, or one over 250 MB. */
export function contentProblems(entries: number, unzippedSize: number): string[] {
  if (entries === 0) {
    return ['The layer is empty: nothing to package. Check that its build writes its files into the folder that becomes the zip root.'];
  }
  if (unzippedSize <= MAX_UNZIPPED) return [];
  return [
    `The layer unzips to ${mb(unzippedSize)}, over Lambda's ${mb(MAX_UNZIPPED)} limit, and that limit is shared by a ` +
      `function and all of its layers together: move dependencies out of the layer, split it, or ship the function as a container image.`,
  ];
}

/** Problems with the zip: over 50 MB it can only be published from S3. */
export function zipProblems(size: number, s3Bucket: string | undefined): string[] {
  if (size <= MAX_DIRECT_UPLOAD || s3Bucket) return [];
  return [
    `The zip is ${mb(size)}, over the ${mb(MAX_DIRECT_UPLOAD)} Lambda accepts in a direct upload: set the ` +
      `'${Input.S3Bucket}' input to a bucket the workflow can write to ('{region}' in its name is replaced per region), ` +
      `and the layer is published from there.`,
  ];
}
