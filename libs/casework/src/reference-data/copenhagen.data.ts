/** Demo reference data: Copenhagen's seven administrations, ten districts, common categories and rules. */
export const DEPARTMENTS = [
  { code: 'ØKF', name: 'Økonomiforvaltningen' },
  { code: 'BUF', name: 'Børne- og Ungdomsforvaltningen' },
  { code: 'SUF', name: 'Sundheds- og Omsorgsforvaltningen' },
  { code: 'KFF', name: 'Kultur- og Fritidsforvaltningen' },
  { code: 'SOF', name: 'Socialforvaltningen' },
  { code: 'TMF', name: 'Teknik- og Miljøforvaltningen' },
  { code: 'BIF', name: 'Beskæftigelses- og Integrationsforvaltningen' },
];

export const DISTRICTS = [
  { code: 'indre-by', name: 'Indre By' },
  { code: 'oesterbro', name: 'Østerbro' },
  { code: 'noerrebro', name: 'Nørrebro' },
  { code: 'vesterbro-kongens-enghave', name: 'Vesterbro/Kongens Enghave' },
  { code: 'valby', name: 'Valby' },
  { code: 'vanloese', name: 'Vanløse' },
  { code: 'broenshoej-husum', name: 'Brønshøj-Husum' },
  { code: 'bispebjerg', name: 'Bispebjerg' },
  { code: 'amager-oest', name: 'Amager Øst' },
  { code: 'amager-vest', name: 'Amager Vest' },
];

export const CATEGORIES = [
  { code: 'traffic', name: 'Trafik og cykling' },
  { code: 'roads', name: 'Veje og fortove' },
  { code: 'parks-nature', name: 'Parker og natur' },
  { code: 'environment-climate', name: 'Miljø og klima' },
  { code: 'schools-childcare', name: 'Skoler og dagtilbud' },
  { code: 'health-elderly', name: 'Sundhed og ældre' },
  { code: 'culture-leisure', name: 'Kultur og fritid' },
  { code: 'sports', name: 'Idræt' },
  { code: 'social', name: 'Sociale forhold' },
  { code: 'employment', name: 'Beskæftigelse og integration' },
  { code: 'city-development', name: 'Byudvikling og økonomi' },
  { code: 'digital-services', name: 'Digitale løsninger' },
  { code: 'other', name: 'Andet' },
];

export const ROUTING_RULES = [
  { id: 'traffic', department: 'TMF', category: 'traffic', district: null, keywords: [], priority: 0 },
  { id: 'roads', department: 'TMF', category: 'roads', district: null, keywords: [], priority: 0 },
  { id: 'parks-nature', department: 'TMF', category: 'parks-nature', district: null, keywords: [], priority: 0 },
  { id: 'environment-climate', department: 'TMF', category: 'environment-climate', district: null, keywords: [], priority: 0 },
  { id: 'schools-childcare', department: 'BUF', category: 'schools-childcare', district: null, keywords: [], priority: 0 },
  { id: 'health-elderly', department: 'SUF', category: 'health-elderly', district: null, keywords: [], priority: 0 },
  { id: 'culture-leisure', department: 'KFF', category: 'culture-leisure', district: null, keywords: [], priority: 0 },
  { id: 'sports', department: 'KFF', category: 'sports', district: null, keywords: [], priority: 0 },
  { id: 'social', department: 'SOF', category: 'social', district: null, keywords: [], priority: 0 },
  { id: 'employment', department: 'BIF', category: 'employment', district: null, keywords: [], priority: 0 },
  { id: 'city-development', department: 'ØKF', category: 'city-development', district: null, keywords: [], priority: 0 },
  {
    id: 'keywords-cycling',
    department: 'TMF',
    category: null,
    district: null,
    keywords: ['cykelsti', 'cykel', 'cykler', 'cyklister', 'bike', 'cycling'],
    priority: 5,
  },
  {
    id: 'keywords-air-quality',
    department: 'TMF',
    category: null,
    district: null,
    keywords: ['luftforurening', 'partikler', 'partikelforurening', 'lastbiler', 'air pollution'],
    priority: 5,
  },
  { id: 'keywords-schools', department: 'BUF', category: null, district: null, keywords: ['skole', 'skoler', 'børnehave', 'vuggestue', 'school'], priority: 5 },
  { id: 'keywords-libraries', department: 'KFF', category: null, district: null, keywords: ['bibliotek', 'biblioteker', 'library'], priority: 5 },
];
