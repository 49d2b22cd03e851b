// Lambda's runtime identifiers as data, from the "Supported runtimes" and "Deprecated runtimes" tables of the Lambda
// developer guide (lambda-runtimes.html). `deprecated` is the date Lambda deprecates (or deprecated) the runtime; the
// dates still ahead are AWS's projections. Newest first within a language, so the first one is the one to suggest.
import { Runtime } from '@aws-sdk/client-lambda';

export interface RuntimeInfo {
  id: string;
  /** YYYY-MM-DD. */
  deprecated: string;
}

export const LAMBDA_RUNTIMES: readonly RuntimeInfo[] = [
  { id: 'nodejs24.x', deprecated: '2028-04-30' },
  { id: 'nodejs22.x', deprecated: '2027-04-30' },
  { id: 'nodejs20.x', deprecated: '2026-04-30' },
  { id: 'nodejs18.x', deprecated: '2025-09-01' },
  { id: 'nodejs16.x', deprecated: '2024-06-12' },
  { id: 'nodejs14.x', deprecated: '2023-12-04' },
  { id: 'nodejs12.x', deprecated: '2023-03-31' },
  { id: 'nodejs10.x', deprecated: '2021-07-30' },
  { id: 'nodejs8.10', deprecated: '2020-03-06' },
  { id: 'nodejs6.10', deprecated: '2019-08-12' },
  { id: 'nodejs4.3-edge', deprecated: '2019-04-30' },
  { id: 'nodejs4.3', deprecated: '2020-03-05' },
  { id: 'nodejs', deprecated: '2016-10-31' },
  { id: 'python3.14', deprecated: '2029-06-30' },
  { id: 'python3.13', deprecated: '2029-06-30' },
  { id: 'python3.12', deprecated: '2028-10-31' },
  { id: 'python3.11', deprecated: '2026-06-30' },
  { id: 'python3.10', deprecated: '2026-06-30' },
  { id: 'python3.9', deprecated: '2025-12-15' },
  { id: 'python3.8', deprecated: '2024-10-14' },
  { id: 'python3.7', deprecated: '2023-12-04' },
  { id: 'python3.6', deprecated: '2022-07-18' },
  { id: 'python2.7', deprecated: '2021-07-15' },
  { id: 'java25', deprecated: '2029-06-30' },
  { id: 'java21', deprecated: '2029-06-30' },
  { id: 'java17', deprecated: '2026-06-30' },
  { id: 'java11', deprecated: '2026-06-30' },
  { id: 'java8.al2', deprecated: '2026-06-30' },
  { id: 'java8', deprecated: '2024-01-08' },
  { id: 'dotnet10', deprecated: '2028-11-14' },
  { id: 'dotnet8', deprecated: '2026-11-10' },
  { id: 'dotnet6', deprecated: '2024-12-20' },
  { id: 'dotnetcore3.1', deprecated: '2023-04-03' },
  { id: 'dotnetcore2.1', deprecated: '2022-01-05' },
  { id: 'dotnetcore2.0', deprecated: '2019-05-30' },
  { id: 'dotnetcore1.0', deprecated: '2019-07-30' },
  { id: 'ruby3.4', deprecated: '2028-03-31' },
  { id: 'ruby3.3', deprecated: '2027-03-31' },
  { id: 'ruby3.2', deprecated: '2026-03-31' },
  { id: 'ruby2.7', deprecated: '2023-12-07' },
  { id: 'ruby2.5', deprecated: '2021-07-30' },
  { id: 'provided.al2023', deprecated: '2029-06-30' },
  { id: 'provided.al2', deprecated: '2026-06-30' },
  { id: 'provided', deprecated: '2024-01-08' },
  { id: 'go1.x', deprecated: '2024-01-08' },
];

/** What a runtime's family moves to: `go1.x` and the OS-only runtimes to provided.al2023. */
const FAMILY = (id: string) => (id.startsWith('go') ? 'provided' : (/^[a-z]+/.exec(id)?.[0] ?? id));

export interface RuntimeCatalog {
  /** Not yet deprecated, in table order. */
  current: string[];
  deprecated: Map<string, string>;
  /** Every id accepted: the table's and the SDK's (a runtime newer than this table is still accepted). */
  valid: Set<string>;
  /** The newest current runtime of the same language. */
  successor(id: string): string | undefined;
}

export function runtimeCatalog(today: string = new Date().toISOString().slice(0, 10)): RuntimeCatalog {
  const current = LAMBDA_RUNTIMES.filter((r) => r.deprecated > today).map((r) => r.id);
  const deprecated = new Map(LAMBDA_RUNTIMES.filter((r) => r.deprecated <= today).map((r) => [r.id, r.deprecated]));
  return {
    current,
    deprecated,
    valid: new Set([...LAMBDA_RUNTIMES.map((r) => r.id), ...(Object.values(Runtime) as string[])]),
    successor: (id) => current.find((c) => FAMILY(c) === FAMILY(id)),
  };
}
