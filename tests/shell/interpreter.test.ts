/** Parsing and running lines: quoting, variables, aliases, lists, pipes, redirection, heredocs, substitution. */
import { newSession, run } from './helpers.js';

function sh(...lines: string[]): string {
  return run(newSession().session, ...lines);
}

describe('quoting and expansion', () => {
  it('removes quotes and keeps quoted spaces', () => {
    expect(sh(`echo "a  b" 'c  d' e\\ \\ f   g`)).toBe('a  b c  d e  f g\n');
  });

  it('expands $VAR, ${VAR}, defaults and specials, not inside single quotes', () => {
    expect(sh('X=hi; echo $X ${X}there "$X" \'$X\' ${NOPE:-dflt} "[$NOPE]"')).toBe('hi hithere hi $X dflt []\n');
    expect(sh('echo $HOME ~ ~/k8s $USER')).toBe('/home/student /home/student /home/student/k8s student\n');
  });

  it('splits unquoted expansions into words but not quoted ones', () => {
    expect(sh('X="a   b"; printf "[%s]" $X; printf "[%s]" "$X"; echo')).toBe('[a][b][a   b]\n');
  });

  it('keeps empty quoted arguments', () => {
    expect(sh('printf "[%s]" "" a; echo')).toBe('[][a]\n');
  });

  it('treats # as a comment only at the start of a word', () => {
    expect(sh('echo a#b # comment')).toBe('a#b\n');
  });

  it('globs against the virtual file system and keeps unmatched patterns', () => {
    const { session } = newSession({ files: { 'a.yaml': '', 'b.yaml': '', 'c.txt': '' } });
    expect(run(session, 'echo *.yaml', 'echo "*.yaml"', 'echo *.json', "echo '{.items[*].metadata.name}'")).toBe(
      'a.yaml b.yaml\n*.yaml\n*.json\n{.items[*].metadata.name}\n',
    );
  });

  it('keeps a jsonpath argument intact (shell-quote would make it a glob)', () => {
    expect(sh('kubectl get pods -o jsonpath={.items[*].metadata.name}')).toBe(
      'kubectl get pods -o jsonpath={.items[*].metadata.name}\n',
    );
  });
});

describe('variables and the environment', () => {
  it('exports variables to commands and unsets them', () => {
    const { session } = newSession();
    expect(run(session, 'A=1', 'env | grep ^A=')).toBe('');
    expect(run(session, 'export A', 'env | grep ^A=')).toBe('A=1\n');
    expect(run(session, 'export B=2 C', 'unset A', 'env | grep -E "^(A|B)="')).toBe('B=2\n');
  });

  it('passes per-command assignments only to that command', () => {
    expect(sh('NS=web env | grep NS=', 'echo "[$NS]"')).toBe('NS=web\n[]\n');
  });

  it('rejects invalid identifiers with bash wording', () => {
    const { session } = newSession();
    const result = session.runLine('export 1x=2');
    expect(result.output).toBe("bash: export: `1x=2': not a valid identifier\n");
    expect(result.exitCode).toBe(1);
  });
});

describe('indexed arrays (bash)', () => {
  // Bash reference manual, "Arrays": `name=(value1 value2 … )`, `${name[subscript]}` with an arithmetic subscript
  // (negative counts from the end), `${name[@]}` (one word per element when quoted), `${#name[@]}`, `name+=(…)`.
  it("reads an element by an arithmetic index, as the docs' Indexed Job picks its item", () => {
    expect(sh('items=(foo bar baz qux xyz); JOB_COMPLETION_INDEX=2', 'echo ${items[$JOB_COMPLETION_INDEX]}')).toBe(
      'baz\n',
    );
    expect(sh('a=(x y z); i=0', 'echo ${a[i+1]} ${a[-1]} $a ${#a[@]} ${#a}')).toBe('y z x 3 1\n');
  });

  it('expands "${a[@]}" to one word per element, "${a[*]}" to one word', () => {
    expect(sh('a=(one "two words")', 'for w in "${a[@]}"; do echo "[$w]"; done', 'echo "[${a[*]}]"')).toBe(
      '[one]\n[two words]\n[one two words]\n',
    );
    expect(sh('e=()', 'for w in "${e[@]}"; do echo "[$w]"; done; echo "${#e[@]}"')).toBe('0\n');
  });

  it('appends, sets and unsets elements', () => {
    expect(sh('a=(x y)', 'a+=(z)', 'a[5]=six', 'echo ${a[@]} ${#a[@]}', "unset 'a[1]'", 'echo ${a[@]}')).toBe(
      'x y z six 4\nx z six\n',
    );
    expect(sh('s=ab', 's+=cd', 'echo $s', 'unset s', 'echo "[${s[@]}]"')).toBe('abcd\n[]\n');
  });

  it('takes an array only as an assignment', () => {
    const { session } = newSession();
    expect(session.runLine('echo a=(b)')).toMatchObject({
      output: "bash: syntax error near unexpected token `('\n",
      exitCode: 2,
    });
  });
});

describe('read (bash)', () => {
  // Bash reference manual, "Bash Builtins": read splits a line on IFS, the last name taking the rest; it fails at
  // the end of the input (a last line without a newline is assigned, but the loop ends).
  it('reads piped lines in a while loop, the last name taking the rest', () => {
    expect(sh('printf "a b c\\nd e\\n" | while read x y; do echo "[$x][$y]"; done')).toBe('[a][b c]\n[d][e]\n');
    expect(sh('printf "one\\ntwo" | while read l; do echo "<$l>"; done; echo "status $? last $l"')).toBe(
      '<one>\nstatus 0 last two\n',
    );
  });

  it('reads a here-string, a file, with IFS given before it, into an array', () => {
    expect(sh('read a b <<< "hello big world"; echo "$a|$b"')).toBe('hello|big world\n');
    expect(sh('IFS=: read user pw rest <<< "root:x:0:0"; echo "$user/$pw/$rest"')).toBe('root/x/0:0\n');
    expect(sh('read -a parts <<< "1 2 3"; echo ${parts[2]} ${#parts[@]}')).toBe('3 3\n');
    const { session } = newSession({ files: { list: 'l1\nl2\n' } });
    expect(run(session, 'while read -r l; do echo "got $l"; done < list')).toBe('got l1\ngot l2\n');
    expect(run(session, 'read; echo "[$REPLY]"')).toBe('[]\n');
  });
});

describe('exec', () => {
  it('runs the command in place of the shell: the shell ends with it', () => {
    const { session } = newSession();
    expect(session.runLine('exec echo replaced; echo never')).toMatchObject({ output: 'replaced\n', status: 'exited' });
  });
});

describe('lists and exit codes', () => {
  it('runs ; && || with bash semantics and sets $?', () => {
    expect(sh('false && echo no || echo yes; true && echo ok', 'false; echo $?', 'true; echo $?')).toBe(
      'yes\nok\n1\n0\n',
    );
  });

  it('reports unknown commands with exit 127', () => {
    const { session } = newSession();
    expect(session.runLine('foo --bar')).toEqual({
      output: 'bash: foo: command not found\n',
      exitCode: 127,
      status: 'done',
    });
    expect(run(session, 'echo $?')).toBe('127\n');
    expect(session.runLine('./script.sh').output).toBe('bash: ./script.sh: No such file or directory\n');
  });

  it('negates with ! and reports syntax errors with exit 2', () => {
    const { session } = newSession();
    expect(run(session, '! false && echo negated')).toBe('negated\n');
    expect(session.runLine('echo a ;; echo b')).toEqual({
      output: "bash: syntax error near unexpected token `;;'\n",
      exitCode: 2,
      status: 'done',
    });
    expect(session.runLine('| echo')).toEqual({
      output: "bash: syntax error near unexpected token `|'\n",
      exitCode: 2,
      status: 'done',
    });
  });
});

describe('aliases', () => {
  it('has k=kubectl preset and expands aliases at the start of each command', () => {
    expect(sh('k get pods | grep kubectl && k version')).toBe('kubectl get pods\nkubectl version\n');
  });

  it('defines, prints and removes aliases', () => {
    const { session } = newSession();
    expect(run(session, "alias kgp='kubectl get pods'", 'kgp -A', 'alias kgp')).toBe(
      "kubectl get pods -A\nalias kgp='kubectl get pods'\n",
    );
    expect(run(session, 'unalias kgp', 'kgp')).toBe('bash: kgp: command not found\n');
    expect(session.runLine('unalias nope').output).toBe('bash: unalias: nope: not found\n');
  });

  it('does not recurse on alias loops', () => {
    const { session } = newSession();
    expect(run(session, 'alias a=b; alias b=a', 'a', 'alias ls="ls -F"', 'ls -1 /')).toBe(
      'bash: a: command not found\netc/\nhome/\ntmp/\nusr/\n',
    );
  });

  it('bounds alias expansion that keeps producing new commands', () => {
    const { session } = newSession();
    run(session, "alias x='echo x; x'");
    const result = session.runLine('x');
    expect(result.output).toContain('bash: alias expansion too deep');
    expect(run(session, 'echo still alive')).toBe('still alive\n');
  });
});

describe('pipes and redirection', () => {
  it('pipes stdout through several commands', () => {
    expect(sh('printf "b\\na\\nc\\na\\n" | sort | uniq -c | sort -rn | head -1')).toBe('      2 a\n');
  });

  it('writes, appends and reads files', () => {
    const { session } = newSession();
    expect(run(session, 'echo one > f.txt', 'echo two >> f.txt', 'cat f.txt', 'wc -l < f.txt')).toBe('one\ntwo\n2\n');
  });

  it('redirects stderr with 2>, 2>&1 and &>, and discards into /dev/null', () => {
    const { session } = newSession();
    expect(run(session, 'cat nope 2> err.txt; cat err.txt')).toBe('cat: nope: No such file or directory\n');
    expect(run(session, 'cat nope 2>&1 | tr a-z A-Z')).toBe('CAT: NOPE: NO SUCH FILE OR DIRECTORY\n');
    expect(run(session, 'cat nope > out.txt 2>&1; cat out.txt')).toBe('cat: nope: No such file or directory\n');
    expect(run(session, 'cat nope &> all.txt; cat all.txt')).toBe('cat: nope: No such file or directory\n');
    expect(run(session, 'cat nope 2>/dev/null; echo $?')).toBe('1\n');
  });

  it('reports redirection errors like bash', () => {
    const { session } = newSession();
    expect(session.runLine('echo x > nodir/f').output).toBe('bash: nodir/f: No such file or directory\n');
    expect(session.runLine('cat < missing').output).toBe('bash: missing: No such file or directory\n');
    expect(session.runLine('echo x > /etc/passwd').output).toBe('bash: /etc/passwd: Permission denied\n');
    expect(session.runLine('echo x > /tmp').output).toBe('bash: /tmp: Is a directory\n');
  });

  it('reports a full disk as a write error', () => {
    const { session } = newSession({ vfsLimits: { maxBytes: 10 } });
    const result = session.runLine('echo 0123456789abcdef > big.txt');
    expect(result.output).toBe('bash: echo: write error: No space left on device\n');
    expect(result.exitCode).toBe(1);
  });

  it('feeds here-strings', () => {
    expect(sh('cut -d, -f2 <<< "a,b,c"')).toBe('b\n');
  });
});

describe('here-documents', () => {
  it('writes a manifest with cat <<EOF > file, expanding variables', () => {
    const { session } = newSession();
    expect(session.runLine('cat <<EOF > web.yaml').status).toBe('incomplete');
    session.runLine('kind: Deployment');
    session.runLine('image: $IMG');
    expect(session.runLine('EOF').status).toBe('done');
    expect(run(session, 'cat web.yaml')).toBe('kind: Deployment\nimage: \n');
  });

  it('pipes a heredoc into kubectl apply -f -', () => {
    expect(sh('IMG=nginx; cat <<EOF | kubectl apply -f -\nimage: $IMG\nEOF')).toBe(
      'kubectl apply -f -\nimage: nginx\n',
    );
  });

  it("keeps the body literal with <<'EOF' and strips tabs with <<-", () => {
    expect(sh("cat <<'EOF'\n$HOME `x` $(y)\nEOF")).toBe('$HOME `x` $(y)\n');
    expect(sh('cat <<-END\n\t\tindented\n\tEND')).toBe('indented\n');
  });

  it('supports two heredocs on one line and a command after the heredoc', () => {
    expect(sh('cat <<A; cat <<B\none\nA\ntwo\nB')).toBe('one\ntwo\n');
  });

  it('bounds the size of a heredoc', () => {
    const { session } = newSession({ limits: { maxHeredocBytes: 20 } });
    const result = session.runLine(`cat <<EOF\n${'x'.repeat(50)}\nEOF`);
    expect(result.output).toBe('bash: here-document too large\n');
  });
});

describe('command substitution', () => {
  it('captures output with $(...) and backticks, trimming trailing newlines', () => {
    expect(sh('echo "[$(printf "a\\n\\n")]" `echo b`')).toBe('[a] b\n');
  });

  it('word-splits an unquoted substitution', () => {
    expect(sh('printf "<%s>" $(echo x y); echo')).toBe('<x><y>\n');
  });

  it('nests substitutions and bounds their depth', () => {
    expect(sh('echo $(echo $(echo $(echo deep)))')).toBe('deep\n');
    const { session } = newSession({ limits: { maxSubstitutionDepth: 3 } });
    const deep = `${'$(echo '.repeat(6)}x${')'.repeat(6)}`;
    expect(session.runLine(`echo ${deep}`).output).toContain('maximum command substitution depth exceeded');
  });

  it('runs the substitution like a subshell: cd does not leak', () => {
    const { session } = newSession();
    expect(run(session, 'mkdir d; X=$(cd d; pwd); echo $X; pwd')).toBe('/home/student/d\n/home/student\n');
  });

  it('sets $? from a substitution in an assignment-only command', () => {
    expect(sh('X=$(false); echo $?')).toBe('1\n');
  });
});

describe('bounds', () => {
  it('truncates huge output with a note', () => {
    const { session } = newSession({ limits: { maxOutputBytes: 100 } });
    const output = session.runLine('printf "%0200d" 0').output;
    expect(output.startsWith('0'.repeat(100))).toBe(true);
    expect(output).toContain('[output truncated after 100 bytes]');
  });

  it('limits pipelines and commands per line', () => {
    const { session } = newSession({ limits: { maxPipelineLength: 3, maxCommandsPerLine: 5 } });
    expect(session.runLine('echo | cat | cat | cat').output).toBe('bash: pipeline too long\n');
    expect(session.runLine('true; true; true; true; true; echo six').output).toContain('commands in one line');
  });
});

describe('source and process substitution (the kubectl cheat sheet)', () => {
  const completionScript =
    '# bash completion for kubectl\n__start_kubectl()\n{\n}\ncomplete -o default -F __start_kubectl kubectl\n';

  it('accepts source <(kubectl completion bash) and complete -F for the k alias', () => {
    const { session } = newSession({ files: { 'completion.bash': completionScript } });
    expect(session.runLine('source completion.bash')).toEqual({ output: '', exitCode: 0, status: 'done' });
    expect(session.runLine('source <(cat completion.bash)')).toEqual({ output: '', exitCode: 0, status: 'done' });
    expect(session.runLine('complete -o default -F __start_kubectl k')).toEqual({
      output: '',
      exitCode: 0,
      status: 'done',
    });
  });

  it('runs a sourced file in the current shell', () => {
    const { session } = newSession();
    expect(run(session, 'echo "export NS=web; cd /tmp" > env.sh', '. ./env.sh', 'echo $NS; pwd')).toBe('web\n/tmp\n');
    expect(session.runLine('source missing.sh').output).toBe('bash: missing.sh: No such file or directory\n');
    expect(run(session, 'echo "source /tmp/loop.sh" > /tmp/loop.sh', 'source /tmp/loop.sh')).toContain(
      'maximum nesting level exceeded',
    );
  });

  it('gives <(...) output to a command as a file, removed afterwards', () => {
    const { session } = newSession();
    expect(run(session, 'cat <(echo a) <(echo b)', 'echo <(true)', 'ls /dev/fd')).toBe('a\nb\n/dev/fd/63\n');
  });
});

describe('arithmetic expansion', () => {
  it('evaluates integer expressions with variables', () => {
    expect(sh('N=3; echo $((N+1)) $(( (2+3)*4 )) $((7/2)) $((7%3)) $((2**10)) $((-N)) $(($N > 2))')).toBe(
      '4 20 3 1 1024 -3 1\n',
    );
  });

  it('reports errors like bash', () => {
    const { session } = newSession();
    expect(session.runLine('echo $((1/0))').output).toBe('bash: 1/0: division by 0\n\n');
    expect(session.runLine('echo $((2 @ 3))').output).toContain('syntax error');
  });
});

describe('compound commands', () => {
  it('runs for loops over words, globs and substitutions', () => {
    const { session } = newSession({ files: { 'a.yaml': '', 'b.yaml': '' } });
    expect(
      run(session, 'for f in *.yaml; do echo "apply $f"; done', 'for i in $(echo 1 2); do printf "$i "; done; echo'),
    ).toBe('apply a.yaml\napply b.yaml\n1 2 \n');
  });

  it('runs while and until loops with test and arithmetic, and break/continue', () => {
    expect(sh('i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done')).toBe('0\n1\n2\n');
    expect(sh('x=0; until test $x -ge 2; do x=$((x+1)); done; echo $x')).toBe('2\n');
    expect(
      sh('for i in 1 2 3 4; do if [ $i = 2 ]; then continue; fi; if [ $i = 4 ]; then break; fi; echo $i; done'),
    ).toBe('1\n3\n');
  });

  it('runs if / elif / else', () => {
    expect(sh('if false; then echo a; elif [ -n "x" ]; then echo b; else echo c; fi')).toBe('b\n');
    expect(sh('if [ -f nofile ]; then echo yes; else echo no; fi')).toBe('no\n');
  });

  it('pipes a loop into another command', () => {
    expect(sh('for i in 3 1 2; do echo $i; done | sort')).toBe('1\n2\n3\n');
  });

  it('continues loops typed over several lines', () => {
    const { session } = newSession();
    expect(session.runLine('for i in a b').status).toBe('incomplete');
    expect(session.runLine('do').status).toBe('incomplete');
    expect(session.runLine('  echo $i').status).toBe('incomplete');
    expect(session.runLine('done')).toEqual({ output: 'a\nb\n', exitCode: 0, status: 'done' });
  });

  it('stops a runaway loop at the command budget and stays usable', () => {
    const { session } = newSession();
    expect(session.runLine('while true; do :; done').output).toContain('commands in one line');
    expect(run(session, 'echo fine')).toBe('fine\n');
  });

  it('reports misplaced keywords and test errors like bash', () => {
    const { session } = newSession();
    expect(session.runLine('done').output).toBe("bash: syntax error near unexpected token `done'\n");
    expect(session.runLine('[ 1 -lt x ]')).toEqual({
      output: 'bash: [: x: integer expression expected\n',
      exitCode: 2,
      status: 'done',
    });
    expect(session.runLine('[ 1 = 1')).toEqual({ output: "bash: [: missing `]'\n", exitCode: 2, status: 'done' });
  });
});

describe('redirecting compound commands', () => {
  it('writes a whole loop to a file and pipes an if', () => {
    const { session } = newSession();
    expect(run(session, 'for i in 1 2; do echo $i; done > nums.txt', 'cat nums.txt')).toBe('1\n2\n');
    expect(run(session, 'for i in 3; do echo $i; done >> nums.txt', 'wc -l < nums.txt')).toBe('3\n');
    expect(run(session, 'if true; then echo yes; cat nope; fi 2>/dev/null | tr a-z A-Z')).toBe('YES\n');
    expect(session.runLine('while false; do :; done > /etc/x').output).toBe('bash: /etc/x: Permission denied\n');
  });
});

describe('globbing edge cases', () => {
  it('leaves a word with a reversed bracket range as it is (it matches no file), as bash does', () => {
    const { session } = newSession({ files: { 'e.txt': '' } });
    expect(session.runLine('echo [e-done]')).toMatchObject({ output: '[e-done]\n', exitCode: 0 });
  });
});
