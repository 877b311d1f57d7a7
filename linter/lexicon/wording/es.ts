import type { WordingLexicon } from './types.ts';

export default {
  lang: 'es',
  login: [
    'inicia sesión', 'iniciar sesión', 'iniciando sesión', 'inicie sesión', 'accede a tu cuenta', 'acceder a tu cuenta',
    'acceda a su cuenta', 'tu contraseña', 'su contraseña', 'login', 'crear una cuenta', 'identifícate',
  ],
  fee: ['tarifa', 'cargo de', 'un cargo', 'coste de', 'costo de', 'cuesta', 'pago de', 'comisión', 'se cobrará', 'cobraremos'],
  mandatoryReason: [
    'indicar el motivo', 'indicando el motivo', 'indicarnos el motivo', 'motivo obligatorio', 'explicar el motivo',
    'completar una encuesta', 'completa la encuesta', 'rellenar una encuesta', 'responder una encuesta',
    'encuesta obligatoria',
  ],
  replyOnly: [
    'responde a este correo', 'responda a este correo', 'respondiendo a este correo', 'responder a este correo',
    'responde con', 'responda con', 'envíanos un correo', 'envía un correo a', 'escríbenos a',
  ],
  cannotUnsubscribe: [
    'no puedes darte de baja', 'no puede darse de baja', 'no es posible darse de baja',
    'no es posible cancelar la suscripción', 'imposible darse de baja', 'no podrás darte de baja',
  ],
  confirmshaming: {
    declines: ['no gracias', 'no, gracias'],
    shaming: [
      'precio completo', 'pagar más', 'no me gusta ahorrar', 'odio ahorrar', 'prefiero pagar', 'perderme las ofertas',
      'perder las ofertas',
    ],
  },
  delay: {
    units: { hora: 'hour', horas: 'hour', día: 'day', días: 'day', semana: 'week', semanas: 'week', mes: 'month', meses: 'month' },
    business: ['hábiles', 'hábil', 'laborables', 'laborable'],
    numbers: {
      un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
      quince: 15, veinte: 20, treinta: 30, sesenta: 60,
    },
    lead: ['hasta', 'plazo', 'dentro', 'tardar', 'tarda', 'después', 'máximo', 'próximos'],
    processing: ['proces*', 'tardar', 'tarda', 'puede', 'aún', 'todavía', 'recibir', 'efectiva'],
  },
  negations: ['sin', 'ningún', 'ninguna', 'gratis', 'gratuito', 'gratuita', 'no', 'opcional', 'nada'],
  alternatives: ['también', 'alternativamente'],
  conditionals: ['si'],
  address: {
    streets: ['calle', 'c/', 'avenida', 'avda', 'av', 'plaza', 'pza', 'paseo', 'carrer', 'camino', 'ronda', 'travesía', 'glorieta'],
    streetSuffixes: [],
    poBox: ['apartado de correos', 'apartado', 'apdo'],
  },
} satisfies WordingLexicon;
