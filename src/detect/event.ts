/** The triggering event as the runner describes it: GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA and the payload. */
export interface GitEvent {
  name: string;
  ref?: string;
  sha?: string;
  payload: any;
}
