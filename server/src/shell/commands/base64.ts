/** base64 over UTF-8 text (the virtual files hold text). */
import { fail, type Command } from '../command.js';
import { parseOptions, readInputs } from './args.js';

const base64: Command = {
  name: 'base64',
  summary: 'base64 encode/decode data and print to standard output',
  run(args, ctx) {
    const parsed = parseOptions('base64', args, {
      flags: 'di',
      values: 'w',
      long: { decode: 'd', wrap: 'w', 'ignore-garbage': 'i' },
    });
    if (!parsed.ok) return parsed.error;
    const { flags, values, operands } = parsed.options;
    if (operands.length > 1)
      return fail(`base64: extra operand ‘${operands[1] ?? ''}’\nTry 'base64 --help' for more information.`);
    const { inputs, stderr } = readInputs('base64', operands, ctx);
    if (stderr) return { stdout: '', stderr, exitCode: 1 };
    const text = inputs[0]?.text ?? '';
    if (flags.has('d')) {
      const cleaned = flags.has('i') ? text.replace(/[^A-Za-z0-9+/=]/g, '') : text.replace(/\n/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(cleaned) || cleaned.length % 4 === 1) {
        return {
          stdout: Buffer.from(cleaned.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('utf8'),
          stderr: 'base64: invalid input\n',
          exitCode: 1,
        };
      }
      return { stdout: Buffer.from(cleaned, 'base64').toString('utf8'), stderr: '', exitCode: 0 };
    }
    const wrapText = values.get('w') ?? '76';
    const wrap = Number(wrapText);
    if (!Number.isInteger(wrap) || wrap < 0) return fail(`base64: invalid wrap size: ‘${wrapText}’`);
    const encoded = Buffer.from(text, 'utf8').toString('base64');
    if (encoded === '') return { stdout: '', stderr: '', exitCode: 0 };
    const out = wrap === 0 ? encoded : (encoded.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? []).join('\n');
    return { stdout: wrap === 0 ? out : `${out}\n`, stderr: '', exitCode: 0 };
  },
};

export const encodingCommands: readonly Command[] = [base64];
