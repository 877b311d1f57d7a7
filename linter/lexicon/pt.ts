import type { Lexicon } from './types.ts';

export default {
  lang: 'pt',
  suggestion: 'Cancelar subscrição',
  unsubscribe: [
    'cancelar subscricao', 'cancelar a subscricao', 'cancelar assinatura', 'cancelar a assinatura',
    'cancelar inscricao', 'cancelar a inscricao', 'cancelar o recebimento', 'descadastr*', 'remover inscricao',
    'remover a inscricao', 'remover-me', 'remova-me', 'desinscrever', 'anular subscricao', 'nao receber mais',
    'deixar de receber', 'sair da lista', 'descadastre-se',
  ],
  preferences: [
    '=preferencias', 'gerir subscricao', 'gerir subscricoes', 'gerir a subscricao', 'gerenciar assinatura',
    'gerenciar assinaturas', 'gerenciar preferencias', 'gerir preferencias', 'atualizar preferencias',
    'preferencias de email', 'preferencias de e-mail', 'central de preferencias',
  ],
  ambiguous: ['aqui', 'clique aqui', 'clica aqui', 'carregue aqui', 'este link', 'link', 'clique'],
  context: [
    'nao deseja mais receber', 'nao quer mais receber', 'nao deseja receber', 'nao quiser receber',
    'nao queira mais receber', 'nao quiser mais receber', 'nao queira receber',
    'nao pretende receber', 'para nao receber', 'nao deseja continuar a receber',
  ],
  stopwords: [
    'o', 'os', 'as', 'da', 'do', 'das', 'dos', 'que', 'e', 'em', 'um', 'uma', 'para', 'com', 'nao', 'no',
    'na', 'por', 'mais', 'seu', 'sua', 'seus', 'voce', 'nosso', 'nossa', 'como', 'mas', 'ao', 'pelo', 'pela',
    'este', 'esta', 'isso',
  ],
} satisfies Lexicon;
