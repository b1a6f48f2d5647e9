import { Manifest, groupOf, inGroup } from '../../lib/manifest/manifest';

const withApiVersion = (apiVersion: string): Manifest => ({ apiVersion, kind: 'VirtualService', metadata: { name: 'web' } });

describe('inGroup', () => {
  test.each([
    ['networking.istio.io/v1', true],
    ['networking.istio.io/v1beta1', true],
    ['security.istio.io/v1', false],
    ['networking.istio.iox/v1', false],
    ['x.networking.istio.io/v1', false],
    ['networking.istio.io', false],
    ['v1', false],
  ])('tells whether %s is of networking.istio.io, as groupOf does', (apiVersion, expected) => {
    // GIVEN
    const manifest = withApiVersion(apiVersion);

    // WHEN
    const result = inGroup(manifest, 'networking.istio.io');

    // THEN
    expect(result).toBe(expected);
    expect(result).toBe(groupOf(manifest) === 'networking.istio.io');
  });
});
