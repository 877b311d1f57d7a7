import type { WordingLexicon } from './types.ts';

export default {
  lang: 'pt',
  login: [
    'faça login', 'fazer login', 'fazendo login', 'inicie sessão', 'iniciar sessão', 'entre na sua conta',
    'acesse sua conta', 'aceda à sua conta', 'aceder à sua conta', 'sua senha', 'palavra-passe', 'login', 'criar uma conta',
  ],
  fee: ['taxa', 'tarifa', 'cobrança', 'será cobrado', 'custo de', 'custa', 'pagamento de', 'pagar uma'],
  mandatoryReason: [
    'informar o motivo', 'informando o motivo', 'indicar o motivo', 'indicando o motivo', 'motivo obrigatório',
    'preencher um questionário', 'preencher o questionário', 'responder a uma pesquisa', 'responder a um inquérito',
    'pesquisa obrigatória', 'questionário obrigatório',
  ],
  replyOnly: [
    'responda a este email', 'responda a este e-mail', 'respondendo a este email', 'respondendo a este e-mail',
    'responder a este email', 'responda com', 'envie um email para', 'envie-nos um email', 'escreva para',
  ],
  cannotUnsubscribe: [
    'não pode cancelar a subscrição', 'não pode cancelar a assinatura', 'não é possível cancelar',
    'não é possível descadastrar', 'impossível cancelar a subscrição', 'não poderá descadastrar', 'não pode se descadastrar',
  ],
  confirmshaming: {
    declines: ['não obrigado', 'não, obrigado', 'não obrigada', 'não, obrigada'],
    shaming: ['preço cheio', 'pagar mais', 'não gosto de poupar', 'não gosto de economizar', 'prefiro pagar', 'perder as ofertas', 'odeio economizar'],
  },
  delay: {
    units: { hora: 'hour', horas: 'hour', dia: 'day', dias: 'day', semana: 'week', semanas: 'week', mês: 'month', meses: 'month' },
    business: ['úteis', 'útil'],
    numbers: {
      um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
      quinze: 15, vinte: 20, trinta: 30, sessenta: 60,
    },
    lead: ['até', 'prazo', 'dentro', 'demorar', 'demora', 'após', 'máximo', 'próximos'],
    processing: ['process*', 'demorar', 'pode', 'ainda', 'receber', 'efeito'],
  },
  negations: ['sem', 'nenhum', 'nenhuma', 'grátis', 'gratuito', 'gratuita', 'não', 'opcional', 'nada'],
  alternatives: ['também', 'alternativamente'],
  conditionals: ['se', 'caso'],
  address: {
    streets: ['rua', 'avenida', 'av', 'praça', 'travessa', 'largo', 'estrada', 'alameda', 'rodovia'],
    streetSuffixes: [],
    poBox: ['caixa postal', 'apartado'],
  },
} satisfies WordingLexicon;
