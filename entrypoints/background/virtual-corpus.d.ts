declare module 'virtual:crosscheck-corpus' {
  import type { CompiledCorpus } from '../../lib/corpus/compile';
  const compiled: CompiledCorpus;
  export default compiled;
}
