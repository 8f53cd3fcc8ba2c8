/** `kubectl create configmap`. */
import { meta } from '../../generators.js';
import { genericFlags, oneName, ns, gen, sortObj } from './generator.js';
import { dataFrom, dataFlags } from './data.js';
import { defineCommand } from '../globals.js';

export const createConfigMap = defineCommand({
  use: 'configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]',
  aliases: ['cm'],
  short: 'Create a config map from a local file, directory or literal value',
  long: 'Create a config map based on a file, directory, or specified literal value.',
  example: `  # Create a new config map named my-config based on folder bar
kubectl create configmap my-config --from-file=path/to/bar

# Create a new config map named my-config with specified keys instead of file basenames on disk
kubectl create configmap my-config --from-file=key1=/path/to/bar/file1.txt --from-file=key2=/path/to/bar/file2.txt

# Create a new config map named my-config with key1=config1 and key2=config2
kubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2`,
  flags: [...genericFlags, ...dataFlags],
  run: (inv) => {
    const name = oneName(inv);
    const data = dataFrom(inv);
    return gen(inv, {
      kind: 'ConfigMap',
      apiVersion: 'v1',
      metadata: meta(name, undefined, ns(inv)),
      ...(Object.keys(data).length ? { data: sortObj(data) } : {}),
    });
  },
});
