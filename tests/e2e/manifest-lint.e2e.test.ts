/**
 * The built Firefox package passes Mozilla's own linter (web-ext lint, as addons.mozilla.org runs it), and
 * both manifests declare what the stores require.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, hasBuild } from './browsers';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('built packages', () => {
  it('has both builds (npm test builds them first)', () => {
    expect(hasBuild('chromium') && hasBuild('firefox')).toBe(true);
  });

  it('declares a gecko id and data collection for Firefox, MV3 for both', () => {
    const ff = manifest(BUILDS.firefox);
    expect(ff.manifest_version).toBe(3);
    expect(ff.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(ff.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
    expect(manifest(BUILDS.chromium).manifest_version).toBe(3);
  });

  it('passes web-ext lint with no errors and no warnings but the HTML-sink ones from libraries', () => {
    const bin = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'web-ext');
    let out: string;
    try {
      out = execFileSync(bin, ['lint', '-s', BUILDS.firefox, '-o', 'json'], { encoding: 'utf8' });
    } catch (err) {
      // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
      out = (err as { stdout: string }).stdout;
    }
    const report = JSON.parse(out) as { errors: unknown[]; warnings: Array<{ code: string; file: string }> };
    expect(report.errors).toEqual([]);
    // Preact's dangerouslySetInnerHTML path and Readability's work on its own detached clone are the only
    // innerHTML assignments; our code adds none (tests/architecture.test.ts).
    const others = report.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT');
    expect(others).toEqual([]);
  }, 60_000);
});
