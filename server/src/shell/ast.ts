/** The parsed form of a command line. Words keep their parts so expansion happens at run time. */
export type WordPart =
  | { readonly kind: 'text'; readonly text: string; readonly quoted: boolean }
  | {
      readonly kind: 'param';
      readonly name: string;
      readonly quoted: boolean;
      readonly fallback?: string;
      /** `${a[i]}` (an arithmetic index, `$i` inside expanded first), `${a[@]}`, `${a[*]}`. */
      readonly index?: readonly WordPart[] | '@' | '*';
      /** `${#a}` (characters) or `${#a[@]}` (elements). */
      readonly length?: boolean;
    }
  | { readonly kind: 'command'; readonly source: string; readonly quoted: boolean }
  /** `$(( expr ))`: integer arithmetic; `$VAR` inside is expanded first. */
  | { readonly kind: 'arith'; readonly parts: readonly WordPart[]; readonly quoted: boolean }
  /** `<(cmd)`: replaced by the path of a file holding the command's output. */
  | { readonly kind: 'process'; readonly source: string }
  | { readonly kind: 'tilde'; readonly user: string };

export interface Word {
  readonly parts: readonly WordPart[];
  /** The source text of the word, quotes included. */
  readonly raw: string;
  /** `a=(x y z)`: the words of the array after `a=` (the word's parts are `a=` alone). */
  readonly array?: readonly Word[];
}

export interface Heredoc {
  readonly delimiter: string;
  /** Quoted delimiter (`<<'EOF'`): the body is taken literally, without expansion. */
  readonly literal: boolean;
  /** `<<-`: leading tabs are stripped from body lines and from the delimiter line. */
  readonly stripTabs: boolean;
  /** Filled in by the lexer when it reaches the end of the line. */
  body: string;
}

export type RedirectOp = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>';

export type Redirect =
  | { readonly kind: 'file'; readonly fd: number; readonly op: RedirectOp; readonly target: Word }
  | { readonly kind: 'heredoc'; readonly fd: number; readonly heredoc: Heredoc }
  | { readonly kind: 'herestring'; readonly fd: number; readonly word: Word };

export interface Assignment {
  readonly name: string;
  readonly value: Word;
  /** `a[2]=x`: the element's arithmetic index. */
  readonly index?: readonly WordPart[];
  /** `a+=x`, `a+=(y z)`: appended rather than replaced. */
  readonly append?: boolean;
  /** `a=(x y z)`: an indexed array (bash; ash has none). */
  readonly array?: readonly Word[];
}

export interface SimpleCommand {
  readonly kind: 'simple';
  readonly assignments: readonly Assignment[];
  readonly words: readonly Word[];
  readonly redirects: readonly Redirect[];
}

export interface Pipeline {
  readonly negated: boolean;
  readonly commands: readonly Command[];
}

export interface AndOrList {
  readonly first: Pipeline;
  readonly rest: readonly { readonly op: '&&' | '||'; readonly pipeline: Pipeline }[];
}

export type Script = readonly AndOrList[];

/** `for`, `while`/`until` and `if`: the compound commands students meet in tutorials. */
export type CompoundCommand = (
  | { readonly kind: 'for'; readonly name: string; readonly words: readonly Word[]; readonly body: Script }
  | { readonly kind: 'while'; readonly until: boolean; readonly condition: Script; readonly body: Script }
  | {
      readonly kind: 'if';
      readonly branches: readonly { readonly condition: Script; readonly body: Script }[];
      readonly otherwise: Script;
    }
) & {
  /** `done > out.txt`, `fi 2>&1`: redirections after the closing keyword. */
  readonly redirects: readonly Redirect[];
};

export type Command = SimpleCommand | CompoundCommand;
