// What an isolated build gets of the runner's package-manager settings: where the registries are, and tokens only as
// references to environment variables; a credential written in a file never.
import { describe, expect, it } from 'vitest';
import { npmrcSettings, pipConfSettings, yarnrcSettings } from '../../src/builders/registry-settings';

describe('registry settings passed to isolated builds', () => {
  it('.npmrc: registry, scoped registries and ${VAR} auth lines; literal tokens and every other key withheld or dropped', () => {
    const settings = npmrcSettings(
      [
        '; a comment',
        'registry=https://registry.example.com/',
        '@acme:registry = https://npm.pkg.github.com/',
        '//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}',
        '//registry.example.com/:_authToken=npm_literal',
        '//registry.example.com/:_password=cGFzcw==',
        'always-auth=true',
        'script-shell=/tmp/evil.sh',
        'node-options=--require /tmp/evil.js',
        '',
      ].join('\r\n'),
    );
    expect(settings.text).toBe(
      'registry=https://registry.example.com/\n@acme:registry=https://npm.pkg.github.com/\n' +
        '//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}\nalways-auth=true\n',
    );
    expect(settings.passed).toEqual(['registry', '@acme:registry', '//npm.pkg.github.com/:_authToken', 'always-auth']);
    expect(settings.withheld).toEqual(['//registry.example.com/:_authToken', '//registry.example.com/:_password']);
  });

  it('.yarnrc.yml: npmRegistryServer and npmAlwaysAuth, top-level and per scope or registry; tokens only as ${VAR}', () => {
    const settings = yarnrcSettings(
      [
        'npmRegistryServer: "https://registry.example.com"',
        'npmAuthToken: literal-token',
        'enableScripts: true',
        'npmScopes:',
        '  acme:',
        '    npmRegistryServer: "https://npm.pkg.github.com"',
        '    npmAuthToken: "${NODE_AUTH_TOKEN}"',
        '  other:',
        '    npmAuthToken: another-literal',
        'npmRegistries:',
        '  "https://registry.example.com":',
        '    npmAlwaysAuth: true',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(settings.text!)).toEqual({
      npmRegistryServer: 'https://registry.example.com',
      npmScopes: { acme: { npmRegistryServer: 'https://npm.pkg.github.com', npmAuthToken: '${NODE_AUTH_TOKEN}' } },
      npmRegistries: { 'https://registry.example.com': { npmAlwaysAuth: true } },
    });
    expect(settings.withheld).toEqual(['npmAuthToken', 'npmScopes.other.npmAuthToken']);
  });

  it('pip.conf: index URLs, trusted hosts and find-links of [global] and [install], unless the URL carries a password', () => {
    const settings = pipConfSettings(
      [
        '[global]',
        'index-url = https://pypi.example.com/simple',
        'extra-index-url = https://user:secret@private.example.com/simple',
        'trusted-host = pypi.example.com',
        'cert = /home/runner/ca.pem',
        '[install]',
        'find-links = https://wheels.example.com/',
        '[freeze]',
        'index-url = https://ignored.example.com/simple',
        '',
      ].join('\n'),
    );
    expect(settings.text).toBe(
      '[global]\nindex-url = https://pypi.example.com/simple\ntrusted-host = pypi.example.com\n[install]\nfind-links = https://wheels.example.com/\n',
    );
    expect(settings.withheld).toEqual(['global.extra-index-url']);
  });

  it('passes nothing from files that hold nothing it takes', () => {
    expect(npmrcSettings('fund=false\n')).toEqual({ text: undefined, passed: [], withheld: [] });
    expect(yarnrcSettings('enableTelemetry: false\n').text).toBeUndefined();
    expect(yarnrcSettings(': not yaml: [').text).toBeUndefined();
    expect(pipConfSettings('[global]\ntimeout = 60\n').text).toBeUndefined();
  });
});
