// Generated from the OpenAPI document by `npm run openapi:types` (openapi-typescript); do not edit.
export interface paths {
  '/ideas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit an idea (a citizen, no sign-in)
     * @description Answers with the idea's id, public code and the citizen's private tracking token. Repeat the same Idempotency-Key to retry safely.
     */
    post: operations['IdeasController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read an idea (by id or public code), with its ETag for a later change */
    get: operations['IdeasController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who did what to an idea and when */
    get: operations['IdeasController_audit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/route': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Route an idea to a department */
    post: operations['IdeasController_route'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign an idea to a case handler */
    post: operations['IdeasController_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/diagnosis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the diagnosis: accepted, rejected or needs information, with a reason */
    post: operations['IdeasController_diagnose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the citizen a question (they answer through their tracking link) */
    post: operations['IdeasController_ask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer the citizen in plain language */
    post: operations['IdeasController_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/implementation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record progress on implementing an accepted idea */
    post: operations['IdeasController_progress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/implementation/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark an accepted idea as implemented */
    post: operations['IdeasController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/duplicate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close an idea as a duplicate of another */
    post: operations['IdeasController_duplicate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/hide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hide an idea's public title and description (they break the rules)
     * @description The public page and JSON then say the municipality hid the text, and why (the reason category); code, status and timeline stay public. Reversible.
     */
    post: operations['IdeasController_hide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Show a hidden idea's public text again */
    post: operations['IdeasController_restore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/reports/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dismiss an idea's open reports: reviewed, the text stays visible */
    post: operations['IdeasController_dismissReports'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/track/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where my idea stands (the citizen’s private view through the tracking link) */
    get: operations['TrackingController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/track/{token}/replies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer the case handler’s question */
    post: operations['TrackingController_reply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/track/{token}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw my idea */
    post: operations['TrackingController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/track/{token}/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The unsubscribe page the e-mails link to (changes nothing) */
    get: operations['TrackingController_unsubscribeForm'];
    put?: never;
    /** Stop the e-mails about my idea (RFC 8058 one-click, or the page’s button) */
    post: operations['TrackingController_unsubscribe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The departments ideas are routed to */
    get: operations['ReferenceDataController_departments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/departments/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a department’s name, response deadline or lead (administrators) */
    patch: operations['ReferenceDataController_changeDepartment'];
    trace?: never;
  };
  '/districts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The districts an idea can be about */
    get: operations['ReferenceDataController_districts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The categories an idea can have */
    get: operations['ReferenceDataController_categories'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/routing-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The routing rules, which send a new idea to a department */
    get: operations['ReferenceDataController_listRules'];
    put?: never;
    /** Add a routing rule (administrators) */
    post: operations['ReferenceDataController_createRule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/routing-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One routing rule */
    get: operations['ReferenceDataController_getRule'];
    /** Replace a routing rule (administrators) */
    put: operations['ReferenceDataController_replaceRule'];
    post?: never;
    /** Remove a routing rule (administrators) */
    delete: operations['ReferenceDataController_removeRule'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and readiness: the database, and each projection’s and reactor’s lag behind the event store (positions and seconds) */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same, for load balancers */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The open-data files: ideas as CSV and JSON, and a README describing each column and the licence */
    get: operations['OpenDataController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One open-data file */
    get: operations['OpenDataController_file'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/personal-data/erase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase the submitter’s personal data (GDPR art. 17), by an administrator */
    post: operations['PersonalDataController_eraseByAdmin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/track/{token}/personal-data/erase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase my personal data (GDPR art. 17) through my tracking link */
    post: operations['PersonalDataController_eraseByCitizen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/departments/{code}/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A department's open ideas, to work from
     * @description Keyset-paginated: follow nextCursor with the same sort and order.
     */
    get: operations['InboxController_department'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/triage/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open ideas that no routing rule sent to a department
     * @description Same filters, sorting and pagination as a department inbox.
     */
    get: operations['InboxController_triage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/ideas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Ideas and where they stand, newest first
     * @description Keyset-paginated: follow nextCursor. Free text is masked for e-mail addresses, phone and CPR numbers.
     */
    get: operations['PublicIdeasController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/ideas/similar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Up to five public ideas like a text being written
     * @description For the submit form, while the citizen writes: ideas sharing words (Danish, Swedish and Norwegian stems, accents folded) or a similar title, weighed by district and category; merged and withdrawn ideas are left out.
     */
    get: operations['PublicIdeasController_similar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/ideas/{publicCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One idea's public page: status in plain words, responsible department, public answer and timeline */
    get: operations['PublicIdeasController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/duplicate-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A case's likely duplicates
     * @description Up to five ideas still open or received within 90 days of it, by the words they share, their titles, district and category; best first.
     */
    get: operations['DuplicateCandidatesController_candidates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/routing-suggestion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where the routing model would send an idea, with its confidence and the words that weighed most
     * @description Naive Bayes learnt from every routing by hand, re-routing and answer in the history.
     */
    get: operations['RoutingSuggestionsController_suggestion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ideas/{id}/routing-suggestion/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Route an idea where the model suggests, in one click
     * @description Recorded as a routing by hand that followed the suggestion (IdeaRouted.followedSuggestion with its confidence).
     */
    post: operations['RoutingSuggestionsController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open311/v2/services.{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The categories as Open311 services */
    get: operations['Open311Controller_listServices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open311/v2/services/{code}.{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A service's definition: the attributes its category asks for */
    get: operations['Open311Controller_serviceDefinition'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open311/v2/requests.{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Service requests, newest first: public data only (default the last 90 days, at most 1,000) */
    get: operations['Open311Controller_listRequests'];
    put?: never;
    /**
     * Submit a service request: it becomes an idea, like one from the web form (channel open311)
     * @description application/x-www-form-urlencoded, as GeoReport v2 says; api_key is issued per client by an admin (POST /open311/api-keys).
     */
    post: operations['Open311Controller_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open311/v2/requests/{id}.{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One service request by its id (the public code): status, public answer, department, dates */
    get: operations['Open311Controller_getRequest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open311/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The keys issued, revoked ones included (never the keys themselves) */
    get: operations['Open311ApiKeysController_list'];
    put?: never;
    /** Issue an API key to an Open311 client */
    post: operations['Open311ApiKeysController_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open311/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a key: the client is refused from now on */
    delete: operations['Open311ApiKeysController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/response-times': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Response times: how long ideas waited for an answer, per department, district or category */
    get: operations['ReportsController_responseTimes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/throughput': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Throughput per month: received, answered, implemented, deadlines missed */
    get: operations['ReportsController_throughput'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/satisfaction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Satisfaction by department and month: how citizens rated the answer or the result, four weeks on */
    get: operations['CitizenVoiceReportsController_satisfaction'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/participation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who takes part: participants per district against each district’s share of the residents (counts of events, no personal data) */
    get: operations['CitizenVoiceReportsController_participation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/ideas/{publicCode}/supports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Support an idea: a confirmation link is mailed to the address; the support counts once it is followed
     * @description One address counts once per idea. The answer is the same whether or not the address already supports the idea.
     */
    post: operations['SupportsController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/supports/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where my support stands: the link in the confirmation e-mail (a browser gets the page with its buttons; changes nothing) */
    get: operations['SupportsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/supports/{token}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm my support: from now on it counts (safe to repeat) */
    post: operations['SupportsController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/supports/{token}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw my support; the address is erased with it (safe to repeat) */
    post: operations['SupportsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/ideas/{publicCode}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report a public idea that breaks the rules (no sign-in)
     * @description Puts the idea in the moderators’ review queue. A report never hides anything by itself, however many there are: staff decide.
     */
    post: operations['ModerationController_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/moderation/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reported ideas not yet reviewed, with their count of reports and the latest reasons */
    get: operations['ModerationController_queue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/track/{token}/satisfaction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer the follow-up question: how satisfied (1–5) with the answer or the result, and an optional comment */
    post: operations['SatisfactionController_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open a participatory-budget round (staff)
     * @description The round starts in its proposals phase.
     */
    post: operations['BudgetRoundsController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A round: its phases and dates, proposals and their review, and the results with why each project was or was not funded */
    get: operations['BudgetRoundsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds/{id}/pabulib': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A counted round as a pabulib .pb file, to recount with any tool (npm run budget:winners) */
    get: operations['BudgetRoundsController_pabulib'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds/{id}/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a round’s settings, until voting opens */
    put: operations['BudgetRoundsController_configure'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds/{id}/phase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a round to its next phase (voting opens only when every proposal is reviewed) */
    post: operations['BudgetRoundsController_advance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds/{id}/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a proposal into a round (a citizen, no sign-in), while proposals are open */
    post: operations['BudgetRoundsController_propose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds/{id}/proposals/{proposalId}/feasibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record whether a proposal is feasible (with its cost estimate) or not (with a reason the proposer reads) */
    post: operations['BudgetRoundsController_feasibility'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds/{id}/merges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge similar proposals into one */
    post: operations['BudgetRoundsController_merge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds/{id}/paper-ballots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enter a paper ballot from a voting place (recorded as paper) */
    post: operations['BudgetRoundsController_paperBallot'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds/{id}/ballots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Vote online (a citizen, no sign-in): a confirmation link is e-mailed; the ballot counts once it is followed, and replaces the voter’s earlier one */
    post: operations['BudgetRoundsController_vote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds/{id}/ballots/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm an online ballot with the token from the e-mailed link */
    post: operations['BudgetRoundsController_confirmBallot'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds/{id}/ballots/personal-data/erase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase an online voter’s sealed address (GDPR art. 17), by an administrator; the ballot still counts */
    post: operations['BudgetRoundsController_eraseVoter'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds/{id}/close-voting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close voting and count the ballots by the round’s rule; the results say why each project was or was not funded */
    post: operations['BudgetRoundsController_closeVoting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds/{id}/winners/{proposalId}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record progress on a funded project
     * @description Recorded on the project’s idea (as its implementation progress) once the worker has carried the winner on as one; on the round before that.
     */
    post: operations['BudgetRoundsController_progress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budget-rounds/{id}/winners/{proposalId}/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that a funded project has been carried out
     * @description Completes the project’s idea once the worker has carried the winner on as one; recorded on the round before that.
     */
    post: operations['BudgetRoundsController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/queues/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open the queue dashboard (/admin/queues) in this browser: the bearer token becomes its session cookie */
    post: operations['AdminSessionController_open'];
    /** Sign out of the queue dashboard */
    delete: operations['AdminSessionController_close'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Initiatives collecting signatures, before the council, decided or closed, with their progress */
    get: operations['InitiativesController_list'];
    put?: never;
    /** Start a citizen initiative (no sign-in); staff screen it before the collection of signatures opens */
    post: operations['InitiativesController_startInitiative'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives/screening': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Initiatives waiting for screening, or returned to their initiators for changes */
    get: operations['InitiativesController_forScreening'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives/{idOrCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One initiative: its text, progress, signers per district, published names and the council’s decision */
    get: operations['InitiativesController_one'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve an initiative after screening: the collection opens, with the threshold fixed by the municipality’s rule */
    post: operations['InitiativesController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return an initiative to its initiator for changes, with the reason */
    post: operations['InitiativesController_returnForChanges'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives/{id}/council-decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record and publish the council’s decision on a referred initiative */
    post: operations['InitiativesController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives/{id}/signatures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign by e-mail: a confirmation link is sent; the signature counts once it is followed (and once per address) */
    post: operations['InitiativesController_sign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives/{id}/signatures/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a signature with the token from the e-mailed link */
    post: operations['InitiativesController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives/{id}/signatures/personal-data/erase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase a signer’s name and address (GDPR art. 17), by an administrator; the signature still counts */
    post: operations['InitiativesController_eraseSigner'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives/{id}/personal-data/erase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase the initiator’s and co-initiators’ names and addresses (GDPR art. 17), by an administrator */
    post: operations['InitiativesController_eraseInitiators'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiator/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The initiator follows their initiative through its private link (screening, the reason for a return) */
    get: operations['InitiatorController_initiatorView'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiator/{token}/revision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The initiator revises a returned initiative, which goes back to screening */
    post: operations['InitiatorController_revise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Where the idea is: a point (lat and lon together), an address, or both. An address alone needs a district. */
    LocationInput: {
      /**
       * @description Given together with lon, or neither
       * @example 55.6761
       */
      lat?: number;
      /**
       * @description Given together with lat, or neither
       * @example 12.5683
       */
      lon?: number;
      /**
       * @description Required without lat and lon. Personal data: sealed with the submitter’s texts, never shown publicly
       * @example Rådhuspladsen 1
       */
      address?: string;
    };
    ContactInput: {
      /** @example Karen Hansen */
      name?: string;
      /** @example karen@example.dk */
      email?: string;
      /** @example +45 12 34 56 78 */
      phone?: string;
    };
    /** @description A participatory-budget round the idea is sent into as a proposal */
    BudgetRoundChoiceInput: {
      /**
       * Format: uuid
       * @description A round in its proposals phase whose scope covers the idea’s district (or the whole municipality): see GET /budget-rounds/:id. Unknown or out of scope: 422; proposals closed: 409
       */
      roundId: string;
    };
    SubmitIdeaInput: {
      /** @example Cykelsti langs Amager Strandvej */
      title: string;
      /** @example Der mangler en sikker cykelsti mellem ... */
      description: string;
      /**
       * @description A code from GET /categories
       * @example traffic
       */
      category: string;
      /**
       * @description A code from GET /districts. May be left out with a location that has a point, where districts have boundaries: the point is placed in its district.
       * @example amager-oest
       */
      district?: string;
      location?: components['schemas']['LocationInput'];
      /** @description Personal data: never shown publicly */
      contact?: components['schemas']['ContactInput'];
      /**
       * @example da
       * @enum {string}
       */
      language: 'da' | 'sv' | 'nb' | 'en';
      /**
       * @default web
       * @enum {string}
       */
      channel: 'web' | 'email' | 'phone' | 'meeting' | 'open311';
      /** @description Send the idea into a participatory-budget round as a proposal: it is an idea like any other (tracking link, receipt, routing), and its tracking shows the round’s review of it (feasibility, the ballot, the result) */
      budgetRound?: components['schemas']['BudgetRoundChoiceInput'];
    };
    SubmittedIdea: {
      id: string;
      /** @example K-2026-000123 */
      publicCode: string;
      /** @description Secret: the citizen keeps it to follow and answer their idea at /track/{trackingToken} */
      trackingToken: string;
      /** @example routed */
      status: string;
      /** @example TMF */
      department?: string | null;
      revision: number;
    };
    TimelineEntry: {
      revision: number;
      /** @example IdeaRouted */
      type: string;
      at: string;
      actor: string;
      data: Record<string, never>;
    };
    IdeaView: {
      id: string;
      revision: number;
      /** @description contact: the submitter's data, or { erased: true, erasedAt } once erased; null if none was given */
      state: Record<string, never>;
      timeline: components['schemas']['TimelineEntry'][];
    };
    AuditEntry: {
      revision: number;
      /** @example IdeaRouted */
      type: string;
      /**
       * Format: date-time
       * @description When it happened (the command’s time)
       */
      at: string;
      /**
       * Format: date-time
       * @description When the event store recorded it
       */
      recordedAt: string;
      /**
       * @description The staff subject, citizen or system
       * @example handler-anna
       */
      actor: string;
      correlationId: string;
      /** @description What changed; never the submitter’s contact data nor the citizen’s own words */
      changes: Record<string, never>;
    };
    AuditView: {
      /** Format: uuid */
      ideaId: string;
      /** @example K-2026-000123 */
      publicCode: string;
      entries: components['schemas']['AuditEntry'][];
    };
    RouteIdeaInput: {
      /** @example TMF */
      department: string;
      /** @example Concerns a municipal road */
      reason: string;
    };
    ChangedIdea: {
      id: string;
      revision: number;
    };
    AssignIdeaInput: {
      /** @example handler-anna */
      assignee: string;
    };
    DiagnoseIdeaInput: {
      /** @enum {string} */
      feasibility: 'feasible' | 'partly-feasible' | 'not-feasible' | 'unclear';
      /** @enum {string} */
      costBand: 'none' | 'low' | 'medium' | 'high' | 'very-high';
      /** @enum {string} */
      recommendation: 'accept' | 'decline' | 'already-planned' | 'refer-to-council';
      /** @description Staff-internal */
      notes: string;
    };
    AskCitizenInput: {
      /** @example Which stretch of the road do you mean? */
      question: string;
    };
    AskedQuestion: {
      id: string;
      revision: number;
      /**
       * Format: uuid
       * @description The question the citizen answers (POST /track/{token}/replies with this questionId)
       */
      questionId: string;
    };
    AnswerIdeaInput: {
      /** @enum {string} */
      decision: 'accepted' | 'declined' | 'already-planned' | 'referred-to-council';
      /** @description Shown publicly: plain language */
      publicAnswer: string;
    };
    ImplementationProgressInput: {
      note: string;
      percentComplete?: number;
    };
    CompleteImplementationInput: {
      note: string;
    };
    MarkDuplicateInput: {
      /** Format: uuid */
      duplicateOf: string;
    };
    HidePublicTextInput: {
      /**
       * @description The public page names this reason in place of the text
       * @enum {string}
       */
      reason: 'personal-data' | 'offensive' | 'spam' | 'unlawful';
      /** @description Staff-internal */
      note?: string;
    };
    TrackedHiddenTextView: {
      /**
       * @description Why the municipality hid the text from the public page
       * @enum {string}
       */
      reason: 'personal-data' | 'offensive' | 'spam' | 'unlawful';
      /** Format: date-time */
      hiddenAt: string;
    };
    CitizenTimelineEntry: {
      at: string;
      /** @example routed */
      step: string;
      /** @example Sent to TMF */
      text: string;
    };
    MergedIntoView: {
      proposalId: string;
      title: string | null;
    };
    TrackedBudgetProposalView: {
      /**
       * Format: uuid
       * @description The round’s public page is /budget-rounds/<roundId>
       */
      roundId: string;
      /** @description null for a moment after the round was opened */
      roundTitle: string | null;
      /**
       * @description submitted: being added to the round; too-late: sent the moment after the round closed its proposals, so not taken; pending: in review; feasible (with its cost estimate); on-ballot: feasible and voting is open; not-feasible (with the staff’s reason); merged (into another proposal); funded; not-funded (with the reason from the results); not-reviewed: voting opened before it was reviewed
       * @enum {string}
       */
      status: 'submitted' | 'too-late' | 'pending' | 'feasible' | 'on-ballot' | 'not-feasible' | 'merged' | 'funded' | 'not-funded' | 'not-reviewed';
      /** @description The cost estimate of a feasible proposal, in the round’s currency */
      costEstimate: number | null;
      currency: string | null;
      /** @description Why it is not feasible, in the words of the staff who reviewed it */
      notFeasibleReason: string | null;
      mergedInto: components['schemas']['MergedIntoView'] | null;
      /** @description Its votes, once counted */
      votes: number | null;
      /** @enum {string|null} */
      notFundedReason: 'did-not-fit-remaining-budget' | 'supporters-shares-ran-out' | 'no-supporters' | null;
      /** @description Where it stands, in plain English (the tracking page says it in the page’s language) */
      explanation: string;
    };
    TrackedIdeaView: {
      publicCode: string;
      title: string;
      description: string;
      category: string;
      district: string;
      status: string;
      department?: string | null;
      submittedAt: string;
      /** @description The date we promise you an answer by (set when the idea reaches a department) */
      respondBy?: string | null;
      /** @description true once you stopped the e-mails about this idea */
      emailsStopped: boolean;
      /** @description A question from the case handler waiting for your reply */
      openQuestion?: {
        /** Format: uuid */
        questionId?: string;
        question?: string;
        /** Format: date-time */
        askedAt?: string;
      } | null;
      decision?: string | null;
      publicAnswer?: string | null;
      /** @description Your own contact details, or { erased: true, erasedAt } once erased */
      contact?: {
        name?: string;
        email?: string;
        phone?: string;
        /** @enum {boolean} */
        erased?: true;
        /** Format: date-time */
        erasedAt?: string | null;
      } | null;
      /** @description Set while the municipality hides your title and description from the public page (the public sees a sentence naming the reason); you still see them here, and the case goes on */
      hiddenText?: components['schemas']['TrackedHiddenTextView'] | null;
      timeline: components['schemas']['CitizenTimelineEntry'][];
      /** @description Sent into a participatory-budget round as a proposal: the round and where the proposal stands (review, ballot, result) */
      budgetRound?: components['schemas']['TrackedBudgetProposalView'] | null;
    };
    CitizenReplyInput: {
      answer: string;
      /**
       * Format: uuid
       * @description The question answered; the open one when absent
       */
      questionId?: string;
    };
    TrackedChange: {
      /** @description The idea’s revision after the change */
      revision: number;
    };
    WithdrawIdeaInput: {
      reason?: string;
    };
    UnsubscribedView: {
      /** @enum {boolean} */
      unsubscribed: true;
      /** @description When e-mails stopped (the first time the link was used) */
      at: string;
    };
    UnsubscribeInput: {
      /** @enum {string} */
      'List-Unsubscribe'?: 'One-Click';
    };
    DepartmentView: {
      /** @example TMF */
      code: string;
      /** @example Teknik- og Miljøforvaltningen */
      name: string;
      /** @example 10 */
      responseWorkingDays: number;
    };
    DepartmentChangeInput: {
      /** @example Teknik- og Miljøforvaltningen */
      name?: string;
      /**
       * @description The response deadline after routing; applies to ideas routed from now on
       * @example 10
       */
      responseWorkingDays?: number;
      /**
       * Format: email
       * @description Where deadline reminders and escalations for the department go; null clears it
       * @example tmf-ledelse@kk.dk
       */
      leadEmail?: string | null;
    };
    DepartmentAdminView: {
      /** @example TMF */
      code: string;
      /** @example Teknik- og Miljøforvaltningen */
      name: string;
      /** @example 10 */
      responseWorkingDays: number;
      /** @example tmf-ledelse@kk.dk */
      leadEmail: string | null;
    };
    DistrictView: {
      /** @example amager-oest */
      code: string;
      /** @example Amager Øst */
      name: string;
    };
    CategoryView: {
      /** @example traffic */
      code: string;
      /** @example Trafik */
      name: string;
    };
    RoutingRuleView: {
      /** @example roads-cycling */
      id: string;
      /** @example TMF */
      department: string;
      /** @example roads */
      category: string | null;
      /** @example amager-vest */
      district: string | null;
      /**
       * @example [
       *       "cykelsti",
       *       "cykel"
       *     ]
       */
      keywords: string[];
      /** @example 10 */
      priority: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CreateRoutingRuleInput: {
      /** @example TMF */
      department: string;
      /** @example roads */
      category?: string | null;
      /** @example amager-vest */
      district?: string | null;
      /**
       * @example [
       *       "cykelsti",
       *       "cykel"
       *     ]
       */
      keywords?: string[];
      /** @example 10 */
      priority?: number;
      /**
       * @description Generated when absent
       * @example roads-cycling
       */
      id?: string;
    };
    RoutingRuleInput: {
      /** @example TMF */
      department: string;
      /** @example roads */
      category?: string | null;
      /** @example amager-vest */
      district?: string | null;
      /**
       * @example [
       *       "cykelsti",
       *       "cykel"
       *     ]
       */
      keywords?: string[];
      /** @example 10 */
      priority?: number;
    };
    ProjectionStatusView: {
      /** @example inbox */
      name: string;
      generation: number;
      /** @description "commit/prepare" of the last event applied; null before the first */
      checkpoint: string | null;
      head: string | null;
      /** @description Global positions between the checkpoint and the head */
      positionsBehind: number;
      /** @description How long the oldest event not yet applied has waited; 0 when caught up */
      secondsBehind: number;
      eventsApplied: number;
      /** @description Whether some worker holds the projection right now */
      owned: boolean;
    };
    ReactorStatusView: {
      /** @example citizen-notifications */
      name: string;
      checkpoint: string | null;
      positionsBehind: number;
      /** @description Grows while Redis is unreachable */
      secondsBehind: number;
      owned: boolean;
    };
    HealthView: {
      /** @enum {string} */
      status: 'ok';
      /** @enum {string} */
      database: 'up';
      /** @enum {string} */
      eventStore: 'up';
      projections: components['schemas']['ProjectionStatusView'][];
      reactors: components['schemas']['ReactorStatusView'][];
    };
    OpenDataFileView: {
      /** @example ideas.csv */
      name: string;
      /** @example /open-data/ideas.csv */
      url: string;
      /** @example text/csv; charset=utf-8 */
      mediaType: string;
      bytes: number;
      /** @description SHA-256 of the content, hex */
      sha256: string;
      /** Format: date-time */
      generatedAt: string;
    };
    OpenDataListView: {
      /** @description Empty until the first export (the daily job, or npm run open-data:export) */
      files: components['schemas']['OpenDataFileView'][];
    };
    ErasedSubmitterDataView: {
      id: string;
      revision: number;
      /** @description When the personal data was erased (the first time, if asked again) */
      erasedAt: string;
    };
    RoutingReasonView: {
      /**
       * @description A word of the idea (folded), or category:<code> / district:<code>
       * @example cykelsti
       */
      feature: string;
      /**
       * @description How much it weighed for the department against the runner-up (natural-log odds)
       * @example 2.31
       */
      weight: number;
    };
    DepartmentLikelihoodView: {
      /** @example TMF */
      department: string;
      confidence: number;
    };
    RoutingSuggestionView: {
      /** @example TMF */
      department: string;
      /**
       * @description The model's probability that this is the right department
       * @example 0.93
       */
      confidence: number;
      /** @description The features that weighed most for it */
      reasons: components['schemas']['RoutingReasonView'][];
      /** @description Every department the model knows, most likely first */
      ranking: components['schemas']['DepartmentLikelihoodView'][];
    };
    InboxItemView: {
      /** Format: uuid */
      id: string;
      /** @example K-2026-000123 */
      publicCode: string;
      title: string;
      /** @enum {string} */
      status: 'received' | 'routed' | 'assigned' | 'diagnosed' | 'answered' | 'in_implementation';
      /** @example traffic */
      category: string;
      /** @example amager-oest */
      district: string;
      /** @example handler-anna */
      assignee?: string | null;
      /** Format: date-time */
      receivedAt: string;
      /** Format: date-time */
      routedAt?: string | null;
      /**
       * Format: date-time
       * @description The response deadline promised at the first routing (the department's working days after it); a re-routing keeps it
       */
      dueAt?: string | null;
      /** @description Past the deadline and not answered */
      overdue: boolean;
      /**
       * Format: date-time
       * @description When the missed deadline was recorded; unlike overdue, it stays after a late answer
       */
      deadlineMissedAt?: string | null;
      /** Format: date-time */
      lastActivityAt: string;
      /** @description Confirmed supports of the idea */
      supports: number;
      /** @description The idea's revision when its row was last written: send it as If-Match to change the idea */
      revision: number;
      /** @description A question to the citizen waits for their reply */
      questionOpen: boolean;
      /** @description The citizen has replied and nobody has acted on the case since */
      citizenReplied: boolean;
      /** @description Triage inbox only: where the routing model would send it, with its confidence and reasons (accept: POST /ideas/{id}/routing-suggestion/accept) */
      routingSuggestion?: components['schemas']['RoutingSuggestionView'] | null;
    };
    InboxPageView: {
      items: components['schemas']['InboxItemView'][];
      /** @description Pass as cursor for the next page; null on the last page */
      nextCursor?: string | null;
    };
    PlainTextView: {
      /** @example Besvaret */
      da: string;
      /** @example Answered */
      en: string;
    };
    PublicDepartmentView: {
      /** @example TMF */
      code: string;
      /** @example Teknik- og Miljøforvaltningen */
      name: string;
    };
    PositionView: {
      /** @example 55.676 */
      lat: number;
      /** @example 12.568 */
      lon: number;
    };
    PublicHiddenTextView: {
      /** @enum {string} */
      reason: 'personal-data' | 'offensive' | 'spam' | 'unlawful';
      /** @description "This text was hidden by the municipality because …" */
      text: components['schemas']['PlainTextView'];
    };
    PublicIdeaListItemView: {
      /** @example K-2026-000123 */
      publicCode: string;
      /** @description Masked for personal data; while hidden (hiddenText), the neutral sentence in Danish */
      title: string;
      /** @example traffic */
      category: string;
      /** @example amager-oest */
      district: string;
      /** @enum {string} */
      status: 'received' | 'routed' | 'diagnosed' | 'answered' | 'in_implementation' | 'implemented' | 'withdrawn' | 'duplicate';
      /** @description The status in plain words */
      statusText: components['schemas']['PlainTextView'];
      /** @description The responsible department; null until routed */
      department?: components['schemas']['PublicDepartmentView'] | null;
      /** @enum {string|null} */
      decision?: 'accepted' | 'declined' | 'already-planned' | 'referred-to-council' | null;
      /**
       * @description duplicate: the public code of the idea it was merged into
       * @example K-2026-000042
       */
      duplicateOf?: string | null;
      /** @description Where it is, to about 100 m, when the submission gave a point */
      position?: components['schemas']['PositionView'] | null;
      /** Format: date-time */
      receivedAt: string;
      /**
       * Format: date-time
       * @description The last public change
       */
      updatedAt: string;
      /** @description Set while the municipality hides the title and description (they broke the rules): why, in plain words. The case itself stays public. */
      hiddenText?: components['schemas']['PublicHiddenTextView'] | null;
      /** @description The start of the description (masked) */
      excerpt: string;
    };
    PublicIdeaPageView: {
      items: components['schemas']['PublicIdeaListItemView'][];
      /** @description Pass as cursor for the next page; null on the last page */
      nextCursor?: string | null;
    };
    SimilarPublicIdeaView: {
      /** @example K-2026-000123 */
      publicCode: string;
      /** @description Masked for personal data, as on the public page */
      title: string;
      /** @enum {string} */
      status: 'received' | 'routed' | 'diagnosed' | 'answered' | 'in_implementation' | 'implemented' | 'withdrawn' | 'duplicate';
      /** @example traffic */
      category: string;
      /** @example valby */
      district: string;
      /** Format: date-time */
      receivedAt: string;
      /** @description How alike: the weighted share of words in common, title trigrams, same district and category */
      score: number;
      /** @description Confirmed supports (each address once), as the idea’s public page counts them */
      supports: number;
      /**
       * @description Its public page at the support form: to support it instead
       * @example /public/ideas/K-2026-000123#support
       */
      supportUrl: string;
    };
    SimilarIdeasView: {
      /** @description Best first; empty when nothing is alike enough */
      items: components['schemas']['SimilarPublicIdeaView'][];
    };
    PublicTimelineItemView: {
      /** @enum {string} */
      step: 'received' | 'routed' | 'assessed' | 'answered' | 'implementation_progress' | 'implemented' | 'withdrawn' | 'merged';
      /** Format: date-time */
      at: string;
      /** @description The step in plain words */
      label: components['schemas']['PlainTextView'];
      /** @description routed: where it went */
      department?: components['schemas']['PublicDepartmentView'];
      /**
       * @description answered: the decision
       * @enum {string}
       */
      decision?: 'accepted' | 'declined' | 'already-planned' | 'referred-to-council';
      /** @description answered, implementation_progress, implemented: the public text, with e-mail addresses, phone and CPR numbers masked */
      text?: string;
      /** @description implementation_progress */
      percentComplete?: number | null;
    };
    PublicIdeaView: {
      /** @example K-2026-000123 */
      publicCode: string;
      /** @description Masked for personal data; while hidden (hiddenText), the neutral sentence in Danish */
      title: string;
      /** @example traffic */
      category: string;
      /** @example amager-oest */
      district: string;
      /** @enum {string} */
      status: 'received' | 'routed' | 'diagnosed' | 'answered' | 'in_implementation' | 'implemented' | 'withdrawn' | 'duplicate';
      /** @description The status in plain words */
      statusText: components['schemas']['PlainTextView'];
      /** @description The responsible department; null until routed */
      department?: components['schemas']['PublicDepartmentView'] | null;
      /** @enum {string|null} */
      decision?: 'accepted' | 'declined' | 'already-planned' | 'referred-to-council' | null;
      /**
       * @description duplicate: the public code of the idea it was merged into
       * @example K-2026-000042
       */
      duplicateOf?: string | null;
      /** @description Where it is, to about 100 m, when the submission gave a point */
      position?: components['schemas']['PositionView'] | null;
      /** Format: date-time */
      receivedAt: string;
      /**
       * Format: date-time
       * @description The last public change
       */
      updatedAt: string;
      /** @description Set while the municipality hides the title and description (they broke the rules): why, in plain words. The case itself stays public. */
      hiddenText?: components['schemas']['PublicHiddenTextView'] | null;
      /** @description Masked for personal data */
      description: string;
      /** @example da */
      language?: string | null;
      decisionText?: components['schemas']['PlainTextView'] | null;
      /** @description The department's public answer in plain language (masked) */
      publicAnswer?: string | null;
      implementationPercent?: number | null;
      /** Format: date-time */
      routedAt?: string | null;
      /** Format: date-time */
      answeredAt?: string | null;
      /** Format: date-time */
      implementedAt?: string | null;
      /**
       * Format: date-time
       * @description When it was withdrawn or merged
       */
      closedAt?: string | null;
      timeline: components['schemas']['PublicTimelineItemView'][];
      /** @description Confirmed supports (each address once, confirmed through the link mailed to it) */
      supports: number;
    };
    DuplicateCandidateView: {
      /** @example K-2026-000123 */
      publicCode: string;
      /** @description Masked for personal data, as on the public page */
      title: string;
      /** @enum {string} */
      status: 'received' | 'routed' | 'diagnosed' | 'answered' | 'in_implementation' | 'implemented' | 'withdrawn' | 'duplicate';
      /** @example traffic */
      category: string;
      /** @example valby */
      district: string;
      /** Format: date-time */
      receivedAt: string;
      /** @description How alike: the weighted share of words in common, title trigrams, same district and category */
      score: number;
      /**
       * Format: uuid
       * @description To mark the case a duplicate of this one (POST /ideas/{id}/duplicate)
       */
      ideaId: string;
      /** @description The share of the case's words this idea has, each weighed by how rare it is among the ideas (by stem, accents folded) */
      textRank: number;
      /** @description Trigram similarity of the titles */
      titleSimilarity: number;
      sameDistrict: boolean;
      sameCategory: boolean;
    };
    DuplicateCandidatesView: {
      items: components['schemas']['DuplicateCandidateView'][];
    };
    IdeaRoutingSuggestionView: {
      /** Format: uuid */
      ideaId: string;
      /** @description null until the model has learnt from routings, or has taken this idea in */
      suggestion?: components['schemas']['RoutingSuggestionView'] | null;
      /** @description Ideas the model has learnt from (routed by hand, re-routed or answered) */
      learntFrom: number;
    };
    AcceptRoutingSuggestionInput: {
      /**
       * @description The department the suggestion named when you read it: if the model now says otherwise, nothing is routed (409)
       * @example TMF
       */
      department: string;
    };
    Open311ErrorView: {
      /**
       * @description The HTTP status
       * @example 400
       */
      code: number;
      /** @example service_code is required: see services.json */
      description: string;
    };
    Open311ServiceView: {
      /** @example roads */
      service_code: string;
      /** @example Veje og fortove */
      service_name: string;
      description: string | null;
      /** @description Always true: every service has at least the district attribute (see its definition) */
      metadata: boolean;
      /** @enum {string} */
      type: 'realtime';
      keywords: string | null;
      group: string | null;
    };
    Open311AttributeValueView: {
      key: string;
      name: string;
    };
    Open311AttributeView: {
      variable: boolean;
      /** @example district */
      code: string;
      /** @enum {string} */
      datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
      required: boolean;
      datatype_description: string | null;
      order: number | null;
      description: string | null;
      /** @description For the list datatypes */
      values?: components['schemas']['Open311AttributeValueView'][];
    };
    Open311ServiceDefinitionView: {
      /** @example roads */
      service_code: string;
      attributes: components['schemas']['Open311AttributeView'][];
    };
    Open311SubmittedView: {
      /**
       * @description The public code of the new idea
       * @example K-2026-000123
       */
      service_request_id: string;
      /** @description Who answers, and within how many working days */
      service_notice: string;
      /** @description The account_id the client sent, if any */
      account_id: string | null;
    };
    Open311RequestView: {
      /**
       * @description The public code of the idea
       * @example K-2026-000123
       */
      service_request_id: string;
      /** @enum {string} */
      status: 'open' | 'closed';
      status_notes: string | null;
      service_name: string | null;
      service_code: string;
      description: string | null;
      agency_responsible: string | null;
      service_notice: string | null;
      /** Format: date-time */
      requested_datetime: string;
      /** Format: date-time */
      updated_datetime: string | null;
      /** Format: date-time */
      expected_datetime: string | null;
      address: string | null;
      address_id: string | null;
      zipcode: string | null;
      lat: number | null;
      long: number | null;
      media_url: string | null;
    };
    IssueOpen311ApiKeyInput: {
      /**
       * @description Who the key is for, so a key can be told apart and revoked
       * @example FixMyStreet
       */
      client: string;
    };
    IssuedOpen311ApiKeyView: {
      id: string;
      /** @example FixMyStreet */
      client: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      revokedAt: string | null;
      /** @description Shown once: only its hash is kept. Give it to the client, which sends it as api_key */
      apiKey: string;
    };
    Open311ApiKeyView: {
      id: string;
      /** @example FixMyStreet */
      client: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      revokedAt: string | null;
    };
    ResponseTimesGroupView: {
      /** @description Ideas received in the period */
      received: number;
      /** @description Of those, answered by now */
      answered: number;
      /** @description Of those, implemented by now */
      implemented: number;
      /** @description Of those, neither answered nor closed (withdrawn, duplicate) */
      openBacklog: number;
      /** @description Of the open backlog, past the deadline set at the first routing, judged against generatedAt; an idea stops being overdue once answered */
      overdue: number;
      /** @description Of those, with a recorded missed deadline (ResponseDeadlineMissed, by now): the deadline passed unanswered. Unlike overdue, it still counts an idea answered late afterwards */
      deadlinesMissed: number;
      /** @description Median working days from received to answered (percentile_cont) */
      medianWorkingDaysToAnswer: number | null;
      /** @description 90th percentile, working days (percentile_cont) */
      p90WorkingDaysToAnswer: number | null;
      /** @description Median real hours from received to answered */
      medianHoursToAnswer: number | null;
      /** @description 90th percentile, real hours */
      p90HoursToAnswer: number | null;
      /** @description Answered by the deadline */
      answeredWithinDeadline: number;
      /** @description answeredWithinDeadline / answered, 0–1; null when none is answered */
      answeredWithinDeadlineShare: number | null;
      /** @description Department, district or category code, or YYYY-MM; null: not routed yet */
      group: string | null;
    };
    ResponseTimesFiguresView: {
      /** @description Ideas received in the period */
      received: number;
      /** @description Of those, answered by now */
      answered: number;
      /** @description Of those, implemented by now */
      implemented: number;
      /** @description Of those, neither answered nor closed (withdrawn, duplicate) */
      openBacklog: number;
      /** @description Of the open backlog, past the deadline set at the first routing, judged against generatedAt; an idea stops being overdue once answered */
      overdue: number;
      /** @description Of those, with a recorded missed deadline (ResponseDeadlineMissed, by now): the deadline passed unanswered. Unlike overdue, it still counts an idea answered late afterwards */
      deadlinesMissed: number;
      /** @description Median working days from received to answered (percentile_cont) */
      medianWorkingDaysToAnswer: number | null;
      /** @description 90th percentile, working days (percentile_cont) */
      p90WorkingDaysToAnswer: number | null;
      /** @description Median real hours from received to answered */
      medianHoursToAnswer: number | null;
      /** @description 90th percentile, real hours */
      p90HoursToAnswer: number | null;
      /** @description Answered by the deadline */
      answeredWithinDeadline: number;
      /** @description answeredWithinDeadline / answered, 0–1; null when none is answered */
      answeredWithinDeadlineShare: number | null;
    };
    ResponseTimesReportView: {
      /** Format: date */
      from: string;
      /**
       * Format: date
       * @description Exclusive
       */
      to: string;
      /** @example Europe/Copenhagen */
      timeZone: string;
      /** @enum {string} */
      groupBy: 'department' | 'district' | 'category' | 'month';
      /**
       * Format: date-time
       * @description The "now" that overdue was judged against
       */
      generatedAt: string;
      groups: components['schemas']['ResponseTimesGroupView'][];
      /** @description Over every idea received in the period */
      total: components['schemas']['ResponseTimesFiguresView'];
    };
    ThroughputMonthView: {
      /** @example 2026-11 */
      month: string;
      /** @description Received in the month */
      received: number;
      /** @description Answered in the month, whenever received */
      answered: number;
      /** @description Implemented in the month, whenever received */
      implemented: number;
      /** @description Deadlines recorded as missed in the month (ResponseDeadlineMissed), whenever the ideas were received */
      deadlinesMissed: number;
    };
    ThroughputReportView: {
      /** Format: date */
      from: string;
      /**
       * Format: date
       * @description Exclusive
       */
      to: string;
      /** @example Europe/Copenhagen */
      timeZone: string;
      /** @description Every local month the period touches, zeros included */
      months: components['schemas']['ThroughputMonthView'][];
    };
    SatisfactionRowView: {
      /** @description Follow-up questions sent in the month */
      asked: number;
      /** @description Answers given in the month */
      answered: number;
      /** @description Mean mark of those answers (two decimals); null without answers */
      averageRating: number | null;
      /** @description How many gave 1, 2, 3, 4 and 5 */
      ratings: number[];
      /** @example 2026-12 */
      month: string;
      /**
       * @description The department that answered; null when the idea was never routed
       * @example TMF
       */
      department: string | null;
    };
    SatisfactionFiguresView: {
      /** @description Follow-up questions sent in the month */
      asked: number;
      /** @description Answers given in the month */
      answered: number;
      /** @description Mean mark of those answers (two decimals); null without answers */
      averageRating: number | null;
      /** @description How many gave 1, 2, 3, 4 and 5 */
      ratings: number[];
    };
    SatisfactionReportView: {
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      /** @example Europe/Copenhagen */
      timeZone: string;
      rows: components['schemas']['SatisfactionRowView'][];
      total: components['schemas']['SatisfactionFiguresView'];
    };
    DistrictParticipationView: {
      /** @example valby */
      code: string;
      /** @example Valby */
      name: string;
      /** @description Residents (reference data); null: no figure, left out of the shares */
      residents: number | null;
      /** @description The district's share of all residents with a figure, 0–1 */
      residentShare: number | null;
      /** @description Ideas submitted from the district in the period */
      submitters: number;
      /** @description Supports confirmed in the period by people naming the district (less those since withdrawn) */
      supporters: number;
      /** @description Initiative signatures (once citizen initiatives count them) */
      signers: number;
      participants: number;
      /** @description The district's share of all participants who named a district, 0–1 */
      participantShare: number;
      /** @description participantShare / residentShare: 1 is exactly its share */
      index: number | null;
      /** @enum {string} */
      representation: 'over' | 'under' | 'fair' | 'unknown';
    };
    ParticipationNotStatedView: {
      submitters: number;
      supporters: number;
      signers: number;
    };
    ParticipationThresholdsView: {
      /** @example 1.25 */
      over: number;
      /** @example 0.8 */
      under: number;
    };
    ParticipationReportView: {
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      /** @example Europe/Copenhagen */
      timeZone: string;
      districts: components['schemas']['DistrictParticipationView'][];
      /** @description Who took part without naming a district: not in the shares */
      notStated: components['schemas']['ParticipationNotStatedView'];
      /** @description Districts whose index is at least thresholds.over */
      overRepresented: string[];
      /** @description Districts whose index is at most thresholds.under */
      underRepresented: string[];
      thresholds: components['schemas']['ParticipationThresholdsView'];
    };
    SupportIdeaInput: {
      /**
       * @description Where the confirmation link goes; sealed, never shown, erased when the support is withdrawn or by retention
       * @example karen@example.dk
       */
      email: string;
      /**
       * @description The district the supporter lives in (a district code), for the participation report
       * @example valby
       */
      district?: string;
      /**
       * @description The language of the confirmation e-mail; default: the idea’s
       * @enum {string}
       */
      language?: 'da' | 'sv' | 'nb' | 'en';
    };
    SupportRequestedView: {
      /**
       * @description Always the same, whether or not this address already supports the idea
       * @enum {string}
       */
      status: 'confirmation-sent';
    };
    SupportView: {
      /** @enum {string} */
      status: 'pending' | 'confirmed' | 'withdrawn';
      /** @example K-2026-000123 */
      publicCode: string;
    };
    ReportIdeaInput: {
      /**
       * @description Why the idea breaks the rules
       * @enum {string}
       */
      reason: 'personal-data' | 'offensive' | 'spam' | 'other';
      /** @description A few words to the moderators (not shown publicly) */
      note?: string;
    };
    ReportedIdeaView: {
      /** Format: uuid */
      reportId: string;
      /** @example K-2026-000123 */
      publicCode: string;
    };
    QueuedReportView: {
      /** @enum {string} */
      reason: 'personal-data' | 'offensive' | 'spam' | 'other';
      /** @description The citizen's note */
      note?: string | null;
      /** Format: date-time */
      at: string;
    };
    ModerationQueueItemView: {
      /** Format: uuid */
      ideaId: string;
      /** @example K-2026-000123 */
      publicCode: string;
      /** @description The title as submitted (masked), also while hidden */
      title: string;
      /** @enum {string} */
      status: 'received' | 'routed' | 'diagnosed' | 'answered' | 'in_implementation' | 'implemented' | 'withdrawn' | 'duplicate';
      /** @description Whether the public text is hidden now */
      hidden: boolean;
      /** @description Reports not yet reviewed */
      openReports: number;
      totalReports: number;
      /** @description The latest open reports (up to five), newest first */
      recentReports: components['schemas']['QueuedReportView'][];
      /** Format: date-time */
      firstOpenReportAt: string;
      /** Format: date-time */
      lastReportedAt: string;
    };
    ModerationQueueView: {
      /** @description Ideas with open reports, the longest waiting first (up to 100) */
      items: components['schemas']['ModerationQueueItemView'][];
    };
    SatisfactionInput: {
      /**
       * @description 1: not at all satisfied … 5: entirely satisfied
       * @example 4
       */
      rating: number;
      /** @description Kept sealed with the citizen’s contact, and erased with it */
      comment?: string;
    };
    SatisfactionView: {
      rating: number;
      /** Format: date-time */
      at: string;
    };
    PhaseDatesInput: {
      /** @example 2027-05-01 */
      from: string;
      /** @example 2027-05-14 */
      to: string;
    };
    ScheduleInput: {
      proposals: components['schemas']['PhaseDatesInput'];
      review: components['schemas']['PhaseDatesInput'];
      voting: components['schemas']['PhaseDatesInput'];
      results: components['schemas']['PhaseDatesInput'];
      implementation: components['schemas']['PhaseDatesInput'];
    };
    RoundSettingsInput: {
      /** @example Nørrebro 2027 */
      title: string;
      /**
       * @description The district voters must live in; absent or null: the whole municipality
       * @example noerrebro
       */
      district?: string | null;
      /**
       * @description Whole units of the currency
       * @example 1000000
       */
      amount: number;
      /** @example DKK */
      currency: string;
      /** @enum {string} */
      ballot: 'approval' | 'knapsack';
      /** @description approval: how many projects a voter may tick */
      maxChoices?: number;
      /** @enum {string} */
      rule: 'greedy' | 'equal-shares';
      /**
       * @description equal-shares only; default add1
       * @enum {string}
       */
      completion?: 'none' | 'add1';
      /** @description null or absent: any age */
      minimumAge?: number | null;
      schedule: components['schemas']['ScheduleInput'];
    };
    ChangedBudgetRound: {
      /** Format: uuid */
      roundId: string;
      /** @description The round’s revision now: send it as If-Match with the next change */
      revision: number;
    };
    PhaseView: {
      /** @enum {string} */
      phase: 'proposals' | 'review' | 'voting' | 'results' | 'implementation';
      from: string;
      to: string;
      /** @description The round is in this phase now */
      current: boolean;
    };
    ProposalResultView: {
      votes: number;
      funded: boolean;
      /** @description Funded: its place in the order the rule funded projects */
      fundedAs?: number;
      /** @enum {string} */
      reason?: 'did-not-fit-remaining-budget' | 'supporters-shares-ran-out' | 'no-supporters';
      /** @description Why it was or was not funded, in plain words */
      explanation: string;
    };
    ProgressView: {
      note: string;
      percentComplete: number | null;
      at: string;
    };
    WinnerIdeaView: {
      /** Format: uuid */
      id: string;
      /** @description The public code: the idea’s public page is /public/ideas/<publicCode> */
      publicCode: string;
      /** @description The idea’s public status (implemented: carried out) */
      status: string;
      percentComplete: number | null;
    };
    ProposalView: {
      id: string;
      title: string;
      summary: string;
      /** @enum {string} */
      review: 'pending' | 'feasible' | 'not-feasible' | 'merged';
      /** @description The cost estimate of a feasible proposal */
      cost: number | null;
      /** @description Why it is not feasible, for the proposer */
      notFeasibleReason: string | null;
      mergedInto: string | null;
      result: components['schemas']['ProposalResultView'] | null;
      progress: components['schemas']['ProgressView'][];
      /** @description When it was carried out: its idea implemented, or (rounds before winners became ideas) recorded on the round */
      implementedAt: string | null;
      /** @description The idea the proposal was sent in as (the same idea goes on if it is funded); or, for a funded proposal entered in the round, the idea it is carried on as (a moment after the count). A winner’s progress and completion are its idea’s */
      idea: components['schemas']['WinnerIdeaView'] | null;
      /** @description true: sent in through the idea form, as an idea with its own page and tracking */
      fromIdea: boolean;
      /** @description Staff hide its idea’s public text (moderation) for this reason: the title is then the idea’s public code and the summary empty */
      textHiddenReason: string | null;
    };
    RoundResultsView: {
      ballots: number;
      /** @description Proposal ids in the order the rule funded them */
      winners: string[];
      totalCost: number;
      implemented: number;
    };
    BudgetRoundView: {
      /** Format: uuid */
      id: string;
      revision: number;
      title: string;
      /** @description null: the whole municipality */
      district: string | null;
      amount: number;
      currency: string;
      /** @enum {string} */
      phase: 'proposals' | 'review' | 'voting' | 'results' | 'implementation';
      phases: components['schemas']['PhaseView'][];
      /** @enum {string} */
      ballot: 'approval' | 'knapsack';
      maxChoices: number | null;
      /** @description Voters must be at least this old; null: no age limit */
      minimumAge: number | null;
      /** @enum {string} */
      rule: 'greedy' | 'equal-shares';
      /** @enum {string|null} */
      completion: 'none' | 'add1' | null;
      proposals: components['schemas']['ProposalView'][];
      results: components['schemas']['RoundResultsView'] | null;
    };
    AdvancePhaseInput: {
      /**
       * @description The next phase; voting is closed by POST …/close-voting
       * @enum {string}
       */
      to: 'proposals' | 'review' | 'voting' | 'results' | 'implementation';
    };
    SubmitProposalInput: {
      /** @example Benches along the lakes */
      title: string;
      /** @example Ten benches facing the water. */
      summary: string;
      /**
       * @description What it is about (GET /categories); its idea is filed so if it wins. Absent: "other"
       * @example parks
       */
      category?: string;
      /**
       * @description Where it is (GET /districts): the round’s district, or any for a municipality-wide round; its idea is filed so if it wins
       * @example noerrebro
       */
      district?: string;
    };
    SubmittedProposal: {
      /** Format: uuid */
      roundId: string;
      /** @description The round’s revision now: send it as If-Match with the next change */
      revision: number;
      /** Format: uuid */
      proposalId: string;
    };
    FeasibilityInput: {
      feasible: boolean;
      /** @description feasible: the cost estimate, whole units of the round’s currency */
      costEstimate?: number;
      /** @description not feasible: the reason the proposer reads; feasible: an optional note */
      reason?: string;
    };
    MergeProposalsInput: {
      /** @description The proposal that stays */
      into: string;
      /** @description The proposals merged into it */
      proposalIds: string[];
    };
    PaperBallotInput: {
      /** @description Proposal ids ticked on the sheet */
      choices: string[];
      /** @example Nørrebro Library */
      votingPlace: string;
    };
    CastPaperBallot: {
      /** Format: uuid */
      ballotId: string;
    };
    OnlineBallotInput: {
      /** @description Proposal ids of the projects chosen (approval: at most k; knapsack: costing no more than the amount) */
      choices: string[];
      /**
       * @description The voter’s address: the confirmation link goes there; it is sealed and erasable
       * @example anna@example.dk
       */
      email: string;
      /** @description The voter states that they live in the round’s scope (the municipality, or its district) */
      residence: boolean;
      /** @description The voter states that they are at least the round’s minimum age (needed where the round has one) */
      ageConfirmed?: boolean;
      /**
       * @description The language of the confirmation e-mail
       * @enum {string}
       */
      language?: 'da' | 'en' | 'sv' | 'nb';
    };
    BallotReceived: {
      /** @enum {string} */
      status: 'confirmation-sent';
    };
    ConfirmBallotInput: {
      /** @description The token from the e-mailed link */
      token: string;
    };
    BallotConfirmed: {
      /** @enum {string} */
      status: 'confirmed';
      /** Format: uuid */
      roundId: string;
    };
    EraseVoterInput: {
      /**
       * @description The address the voter voted with (the ballot is found by its keyed hash)
       * @example anna@example.dk
       */
      email: string;
    };
    ErasedVoterData: {
      erased: boolean;
    };
    WinnerProgressInput: {
      note: string;
      percentComplete?: number;
    };
    WinnerCompletedInput: {
      note: string;
    };
    PersonInput: {
      /**
       * @description Personal data: sealed, never published
       * @example Karen Hansen
       */
      name: string;
      /**
       * @description Personal data: sealed
       * @example karen@example.dk
       */
      email: string;
    };
    StartInitiativeInput: {
      /** @example Istedgade without cars */
      title: string;
      /** @example Close Istedgade to cars between Halmtorvet and Enghave Plads. */
      text: string;
      /** @default 12 */
      collectionMonths: number;
      /** @enum {string} */
      language: 'da' | 'sv' | 'nb' | 'en';
      /** @description The initiator; sealed, erasable */
      initiator: components['schemas']['PersonInput'];
      /** @description Co-initiators; sealed with the initiator’s data */
      coInitiators?: components['schemas']['PersonInput'][];
    };
    StartedInitiative: {
      /** Format: uuid */
      id: string;
      /** @example I-2026-000001 */
      publicCode: string;
      /** @description The initiator’s private token: GET /initiator/{token} and POST /initiator/{token}/revision to follow the screening and revise */
      initiatorToken: string;
      revision: number;
    };
    DistrictSigners: {
      district: string;
      signers: number;
    };
    InitiativeView: {
      /** Format: uuid */
      id: string;
      /** @description The revision shown: staff send it as If-Match */
      revision: number;
      publicCode: string;
      /** @enum {string} */
      status: 'screening' | 'returned' | 'collecting' | 'referred' | 'decided' | 'expired';
      title: string;
      text: string;
      language: string;
      collectionMonths: number;
      coInitiatorCount: number;
      startedAt: string;
      approvedAt: string | null;
      /** @description The threshold rule at approval, e.g. percent:2:cap:300 */
      thresholdRule: string | null;
      requiredSignatures: number | null;
      /** @description Confirmed signatures, as the read model counts them */
      confirmedSignatures: number;
      /** @description The last day of the collection (local date) */
      collectionLastDay: string | null;
      collectionEndsAt: string | null;
      thresholdReachedAt: string | null;
      /** @description The council must decide by this local date */
      decideBy: string | null;
      councilDeadlineMissed: boolean;
      /** @enum {string|null} */
      decision: 'adopted' | 'partly-adopted' | 'rejected' | null;
      decisionStatement: string | null;
      decidedOn: string | null;
      expiredAt: string | null;
      /** @description Why staff returned it for changes (while returned) */
      returnReason: string | null;
      signersByDistrict: components['schemas']['DistrictSigners'][];
      /** @description Names of confirmed signers who agreed to publication (newest first, at most 100) */
      publishedSigners: string[];
    };
    InitiativeListView: {
      items: components['schemas']['InitiativeView'][];
    };
    ChangedInitiative: {
      /** Format: uuid */
      id: string;
      revision: number;
    };
    ReturnInitiativeInput: {
      /** @example Say which stretch of the street you mean. */
      reason: string;
    };
    CouncilDecisionInput: {
      /** @enum {string} */
      decision: 'adopted' | 'partly-adopted' | 'rejected';
      /** @description The council’s reasons in plain language: published */
      statement: string;
      /**
       * @description The date of the council meeting
       * @example 2027-01-20
       */
      decidedOn: string;
    };
    SignInitiativeInput: {
      /**
       * @description Sealed; published only with publishName
       * @example Ole Dam
       */
      name: string;
      /**
       * @description Sealed; the confirmation link goes here
       * @example ole@example.dk
       */
      email: string;
      /** @example vesterbro-kongens-enghave */
      district: string;
      /**
       * @description I live in the municipality (must be true)
       * @enum {boolean}
       */
      residence: true;
      /**
       * @description Publish my name with the initiative
       * @default false
       */
      publishName: boolean;
      /**
       * @description The language of the confirmation e-mail; default the initiative’s
       * @enum {string}
       */
      language?: 'da' | 'sv' | 'nb' | 'en';
    };
    SignatureReceived: {
      /**
       * @description By e-mail: a link was sent (also when this address had signed already)
       * @enum {string}
       */
      status: 'confirmation-sent' | 'confirmed';
    };
    ConfirmSignatureInput: {
      /** @description The token from the confirmation link */
      token: string;
    };
    SignatureConfirmedView: {
      /** @enum {string} */
      status: 'confirmed';
      initiativeId?: string;
    };
    EraseSignerInput: {
      /**
       * @description The address the signer signed with (the signature is found by its keyed hash)
       * @example ole@example.dk
       */
      email: string;
    };
    ErasedSignerData: {
      erased: boolean;
    };
    ReviseInitiativeInput: {
      title: string;
      text: string;
      collectionMonths: number;
    };
    Problem: {
      /**
       * @description A URI naming the kind of problem, or about:blank
       * @example https://civic-ideas.dev/problems/validation-failed
       */
      type: string;
      /** @example The request has invalid fields */
      title: string;
      /** @example 422 */
      status: number;
      /** @example See errors for each field that needs fixing. */
      detail?: string;
      /**
       * @description The request path (a tracking token in it is masked)
       * @example /ideas
       */
      instance?: string;
      /**
       * @description A stable machine-readable code: the last segment of type
       * @example validation-failed
       */
      code?: string;
      /** @description Each field that needs fixing (422 and some 400s) */
      errors?: {
        /** @example title */
        field: string;
        /** @example title must be shorter than or equal to 200 characters */
        message: string;
      }[];
      /**
       * @description 412: the revision the idea is at now
       * @example 4
       */
      currentRevision?: number;
    } & {
      [key: string]: unknown;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  IdeasController_submit: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat the same key to retry safely */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitIdeaInput'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubmittedIdea'];
        };
      };
      /** @description An Idempotency-Key that is not 8–200 visible ASCII characters, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description budget-round-not-taking-proposals: the budget round in budgetRound is past its proposals phase */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors), an unknown category or district, a budget round that is unknown or for another district, or an Idempotency-Key used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many ideas from this address in a minute (RATE_LIMIT_SUBMIT_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdeasController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The idea's id (a UUID) or its public code (K-2026-000123, as the citizen quotes it) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The revision, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdeaView'];
        };
      };
      /** @description The id is neither a UUID nor a public code, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles handler, department-lead, dispatcher, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id or public code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdeasController_audit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Who did what and when, from the event stream; never the submitter’s personal data */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditView'];
        };
      };
      /** @description The id is not a UUID, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles handler, department-lead, dispatcher, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdeasController_route: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RouteIdeaInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedIdea'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles department-lead, dispatcher (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit where the idea stands (e.g. already answered, withdrawn, closed), or someone changed it at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors), or a reference to something that does not exist (e.g. an unknown department) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdeasController_assign: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignIdeaInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedIdea'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles department-lead (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit where the idea stands (e.g. already answered, withdrawn, closed), or someone changed it at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors), or a reference to something that does not exist (e.g. an unknown department) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdeasController_diagnose: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DiagnoseIdeaInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedIdea'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles handler, department-lead (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit where the idea stands (e.g. already answered, withdrawn, closed), or someone changed it at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors), or a reference to something that does not exist (e.g. an unknown department) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdeasController_ask: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AskCitizenInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AskedQuestion'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles handler, department-lead (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit where the idea stands (e.g. already answered, withdrawn, closed), or someone changed it at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors), or a reference to something that does not exist (e.g. an unknown department) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdeasController_answer: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnswerIdeaInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedIdea'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles handler, department-lead (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit where the idea stands (e.g. already answered, withdrawn, closed), or someone changed it at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors), or a reference to something that does not exist (e.g. an unknown department) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdeasController_progress: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImplementationProgressInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedIdea'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles handler, department-lead (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit where the idea stands (e.g. already answered, withdrawn, closed), or someone changed it at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors), or a reference to something that does not exist (e.g. an unknown department) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdeasController_complete: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteImplementationInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedIdea'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles handler, department-lead (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit where the idea stands (e.g. already answered, withdrawn, closed), or someone changed it at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors), or a reference to something that does not exist (e.g. an unknown department) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdeasController_duplicate: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MarkDuplicateInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedIdea'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles handler, department-lead, dispatcher (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit where the idea stands (e.g. already answered, withdrawn, closed), or someone changed it at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors), or a reference to something that does not exist (e.g. an unknown department) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdeasController_hide: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HidePublicTextInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedIdea'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles department-lead, dispatcher (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The public text is already hidden, or someone changed the idea at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors), or a reference to something that does not exist (e.g. an unknown department) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdeasController_restore: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedIdea'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles department-lead, dispatcher (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The public text is not hidden, or someone changed the idea at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors), or a reference to something that does not exist (e.g. an unknown department) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdeasController_dismissReports: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedIdea'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles department-lead, dispatcher (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No report is open (GET /moderation/queue), or someone changed the idea at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors), or a reference to something that does not exist (e.g. an unknown department) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The moderation queue has not caught up with the reports made so far within 3 s (Retry-After); nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TrackingController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; a page (text/html) when the client prefers HTML, as a browser does */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrackedIdeaView'];
          'text/html': string;
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this tracking link (or its personal data was erased) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
    };
  };
  TrackingController_reply: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CitizenReplyInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrackedChange'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this tracking link (or its personal data was erased) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no open question, or the idea is withdrawn or closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, or a questionId that is not the open question */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TrackingController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawIdeaInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrackedChange'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this tracking link (or its personal data was erased) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea is already withdrawn or closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TrackingController_unsubscribeForm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page (no scripts) whose one button posts to this URL */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this tracking link (or its personal data was erased) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TrackingController_unsubscribe: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UnsubscribeInput'];
        'application/x-www-form-urlencoded': components['schemas']['UnsubscribeInput'];
      };
    };
    responses: {
      /** @description JSON; an HTML confirmation for the page’s own form */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsubscribedView'];
          'text/html': string;
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this tracking link (or its personal data was erased) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReferenceDataController_departments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentView'][];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReferenceDataController_changeDepartment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DepartmentChangeInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentAdminView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such department (application/problem+json) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A blank name, responseWorkingDays outside 1–60, a leadEmail that is not an e-mail address, unknown fields or nothing to change */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReferenceDataController_districts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistrictView'][];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReferenceDataController_categories: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CategoryView'][];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReferenceDataController_listRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleView'][];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin, dispatcher, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReferenceDataController_createRule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRoutingRuleInput'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A routing rule with this id exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, or a department, category or district that does not exist */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReferenceDataController_getRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin, dispatcher, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No routing rule has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReferenceDataController_replaceRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoutingRuleInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No routing rule has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, or a department, category or district that does not exist */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReferenceDataController_removeRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No routing rule has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OpenDataController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenDataListView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OpenDataController_file: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as the list says: ideas.csv, ideas.json or README.md */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/json': Record<string, never>[];
          'text/markdown': string;
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such file (application/problem+json) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PersonalDataController_eraseByAdmin: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasedSubmitterDataView'];
        };
      };
      /** @description The id is not a UUID, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PersonalDataController_eraseByCitizen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasedSubmitterDataView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this tracking link */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InboxController_department: {
    parameters: {
      query?: {
        /** @description One or more statuses, comma-separated (status=routed,assigned) */
        status?: ('received' | 'routed' | 'assigned' | 'diagnosed' | 'answered' | 'in_implementation')[];
        assignee?: string;
        /** @description true: nobody assigned yet; false: somebody is */
        unassigned?: boolean;
        /** @description true: past the response deadline and not answered; false: all others */
        overdue?: boolean;
        /** @description true: a question to the citizen waits for their reply; false: none does */
        questionOpen?: boolean;
        /** @description true: the citizen has replied and nobody has acted on the case since; false: all others */
        citizenReplied?: boolean;
        /** @description A code from GET /categories */
        category?: string;
        /** @description A code from GET /districts */
        district?: string;
        /** @description Words in the title (case-insensitive substring) */
        q?: string;
        /** @description dueAt: response deadline; receivedAt: age; lastActivityAt: latest activity on the case (a recorded missed deadline is none) */
        sort?: 'dueAt' | 'receivedAt' | 'lastActivityAt';
        /** @description Default: asc for dueAt and receivedAt (oldest first), desc for lastActivityAt */
        order?: 'asc' | 'desc';
        limit?: number;
        /** @description The previous page's nextCursor, with the same sort and order */
        cursor?: string;
      };
      header?: never;
      path: {
        /** @description A code from GET /departments */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxPageView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles handler, department-lead, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such department (application/problem+json) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InboxController_triage: {
    parameters: {
      query?: {
        /** @description One or more statuses, comma-separated (status=routed,assigned) */
        status?: ('received' | 'routed' | 'assigned' | 'diagnosed' | 'answered' | 'in_implementation')[];
        assignee?: string;
        /** @description true: nobody assigned yet; false: somebody is */
        unassigned?: boolean;
        /** @description true: past the response deadline and not answered; false: all others */
        overdue?: boolean;
        /** @description true: a question to the citizen waits for their reply; false: none does */
        questionOpen?: boolean;
        /** @description true: the citizen has replied and nobody has acted on the case since; false: all others */
        citizenReplied?: boolean;
        /** @description A code from GET /categories */
        category?: string;
        /** @description A code from GET /districts */
        district?: string;
        /** @description Words in the title (case-insensitive substring) */
        q?: string;
        /** @description dueAt: response deadline; receivedAt: age; lastActivityAt: latest activity on the case (a recorded missed deadline is none) */
        sort?: 'dueAt' | 'receivedAt' | 'lastActivityAt';
        /** @description Default: asc for dueAt and receivedAt (oldest first), desc for lastActivityAt */
        order?: 'asc' | 'desc';
        limit?: number;
        /** @description The previous page's nextCursor, with the same sort and order */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxPageView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles dispatcher, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PublicIdeasController_list: {
    parameters: {
      query?: {
        /** @description An assigned idea counts as routed (being handled) */
        status?: 'received' | 'routed' | 'diagnosed' | 'answered' | 'in_implementation' | 'implemented' | 'withdrawn' | 'duplicate';
        /** @description A code from GET /districts */
        district?: string;
        /** @description A code from GET /categories */
        category?: string;
        /** @description The responsible department: a code from GET /departments */
        department?: string;
        /** @description Words, or the starts of words, that must all occur in the title or description (Danish, Swedish and Norwegian full-text search: "cykel" finds "cykelstien", "gata" finds "gatorna"); or a public code */
        q?: string;
        /** @description Only ideas with a point inside this box: west,south,east,north in WGS84 degrees (longitude, latitude) */
        bbox?: string;
        limit?: number;
        /** @description The previous page's nextCursor */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; a page (text/html) when the client prefers HTML, as a browser does */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicIdeaPageView'];
          'text/html': string;
        };
      };
      /** @description A cursor this API did not issue */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown status, a malformed filter, or a limit outside 1–100 (application/problem+json) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
    };
  };
  PublicIdeasController_similar: {
    parameters: {
      query: {
        /** @description What the citizen has written so far: title, description or both */
        text: string;
        /** @description A code from GET /districts: ideas there weigh more */
        district?: string;
        /** @description A code from GET /categories: ideas there weigh more */
        category?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimilarIdeasView'];
        };
      };
      /** @description Ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No text, a text over 2,000 characters, or a malformed district or category */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PublicIdeasController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        publicCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; a page (text/html) when the client prefers HTML, as a browser does */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicIdeaView'];
          'text/html': string;
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this public code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
    };
  };
  DuplicateCandidatesController_candidates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DuplicateCandidatesView'];
        };
      };
      /** @description The id is not a UUID */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles handler, department-lead, dispatcher (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RoutingSuggestionsController_suggestion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdeaRoutingSuggestionView'];
        };
      };
      /** @description The id is not a UUID */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles department-lead, dispatcher (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RoutingSuggestionsController_accept: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptRoutingSuggestionInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedIdea'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles department-lead, dispatcher (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The model has no suggestion, or now suggests another department; or the idea cannot be routed there (closed, already there) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Open311Controller_listServices: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        format: 'json' | 'xml';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A list of services (GeoReport v2 service list) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ServiceView'][];
          'application/xml': string;
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, refused before Open311 sees it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown format or jurisdiction_id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not a form (application/x-www-form-urlencoded) or JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input: a query or form field holding NUL or an unpaired surrogate, refused before Open311 sees it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
        };
      };
    };
  };
  Open311Controller_serviceDefinition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        format: 'json' | 'xml';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A service definition (GeoReport v2) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ServiceDefinitionView'];
          'application/xml': string;
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, refused before Open311 sees it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such service, format or jurisdiction_id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not a form (application/x-www-form-urlencoded) or JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input: a query or form field holding NUL or an unpaired surrogate, refused before Open311 sees it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
        };
      };
    };
  };
  Open311Controller_listRequests: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        format: 'json' | 'xml';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A list of service requests (GeoReport v2) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311RequestView'][];
          'application/xml': string;
        };
      };
      /** @description A malformed filter; or a path segment, header or body that is not well-formed text, refused before Open311 sees it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown format or jurisdiction_id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not a form (application/x-www-form-urlencoded) or JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input: a query or form field holding NUL or an unpaired surrogate, refused before Open311 sees it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
        };
      };
    };
  };
  Open311Controller_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        format: 'json' | 'xml';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description [{ service_request_id, service_notice, account_id }]: the public code of the new idea */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311SubmittedView'][];
          'application/xml': string;
        };
      };
      /** @description A missing api_key or service_code, an unknown service, a missing or invalid attribute, a bad location; or a path segment, header or body that is not well-formed text, refused before Open311 sees it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown or revoked api_key */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
        };
      };
      /** @description An unknown format or jurisdiction_id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not a form (application/x-www-form-urlencoded) or JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A point outside every district; or a query or form field holding NUL or an unpaired surrogate, refused before Open311 sees it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests with this api_key */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
        };
      };
    };
  };
  Open311Controller_getRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        format: 'json' | 'xml';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A list holding the one service request (GeoReport v2) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311RequestView'][];
          'application/xml': string;
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, refused before Open311 sees it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such request, format or jurisdiction_id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not a form (application/x-www-form-urlencoded) or JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid input: a query or form field holding NUL or an unpaired surrogate, refused before Open311 sees it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ErrorView'][];
          'application/xml': string;
        };
      };
    };
  };
  Open311ApiKeysController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ApiKeyView'][];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Open311ApiKeysController_issue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueOpen311ApiKeyInput'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuedOpen311ApiKeyView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No client name (application/problem+json) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Open311ApiKeysController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Open311ApiKeyView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such key (application/problem+json) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReportsController_responseTimes: {
    parameters: {
      query?: {
        /** @description First day included, a local date. Default: the first of the month 11 months ago. */
        from?: string;
        /** @description First day NOT included, a local date. Default: the first of next month. */
        to?: string;
        /** @description month: the local month the idea was received */
        groupBy?: 'department' | 'district' | 'category' | 'month';
      };
      header?: {
        /** @description text/csv for a CSV download (header row, RFC 4180); JSON otherwise */
        Accept?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ideas received in [from, to), per group and in total */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResponseTimesReportView'];
          'text/csv': components['schemas']['ResponseTimesReportView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Accept names neither JSON nor CSV */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A date that is not YYYY-MM-DD, from not before to, more than 10 years, or an unknown groupBy (application/problem+json) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReportsController_throughput: {
    parameters: {
      query?: {
        /** @description First day included, a local date. Default: the first of the month 11 months ago. */
        from?: string;
        /** @description First day NOT included, a local date. Default: the first of next month. */
        to?: string;
      };
      header?: {
        /** @description text/csv for a CSV download (header row, RFC 4180); JSON otherwise */
        Accept?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Per local month in [from, to): received, answered, implemented and deadlines missed, each by its own date */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ThroughputReportView'];
          'text/csv': components['schemas']['ThroughputReportView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Accept names neither JSON nor CSV */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A date that is not YYYY-MM-DD, from not before to, more than 10 years, or an unknown groupBy (application/problem+json) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CitizenVoiceReportsController_satisfaction: {
    parameters: {
      query?: {
        /** @description First day included, a local date. Default: the first of the month 11 months ago. */
        from?: string;
        /** @description First day NOT included, a local date. Default: the first of next month. */
        to?: string;
      };
      header?: {
        /** @description text/csv for a CSV download (header row, RFC 4180); JSON otherwise */
        Accept?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Per local month in [from, to) and department: follow-up questions asked (by the month asked), answers and their marks (by the month answered) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SatisfactionReportView'];
          'text/csv': components['schemas']['SatisfactionReportView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Accept names neither JSON nor CSV */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A date that is not YYYY-MM-DD, from not before to, or more than 10 years (application/problem+json) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CitizenVoiceReportsController_participation: {
    parameters: {
      query?: {
        /** @description First day included, a local date. Default: the first of the month 11 months ago. */
        from?: string;
        /** @description First day NOT included, a local date. Default: the first of next month. */
        to?: string;
      };
      header?: {
        /** @description text/csv for a CSV download (header row, RFC 4180); JSON otherwise */
        Accept?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Per district, in [from, to): submitters, supporters and signers against its share of the residents, with the over- and under-represented named */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipationReportView'];
          'text/csv': components['schemas']['ParticipationReportView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Accept names neither JSON nor CSV */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A date that is not YYYY-MM-DD, from not before to, or more than 10 years (application/problem+json) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SupportsController_request: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        publicCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SupportIdeaInput'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupportRequestedView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this public code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid e-mail address, or an unknown district */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SupportsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; a page (text/html) when the client prefers HTML, as a browser does */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupportView'];
          'text/html': string;
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No support found for this link */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
    };
  };
  SupportsController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupportView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No support found for this link */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The support was withdrawn: give the address again to support anew */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SupportsController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupportView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No support found for this link */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ModerationController_report: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        publicCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportIdeaInput'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportedIdeaView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this public code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A reason outside the list, or a note over 500 characters */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many ideas from this address in a minute (RATE_LIMIT_SUBMIT_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ModerationController_queue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModerationQueueView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles department-lead, dispatcher, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SatisfactionController_answer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SatisfactionInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SatisfactionView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No idea has this tracking link (or its personal data was erased) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No follow-up question was asked about this idea yet, or it is already answered */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rating that is not a whole number from 1 to 5, or a comment that is too long */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_open: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoundSettingsInput'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedBudgetRound'];
        };
      };
      /** @description Ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The revision, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BudgetRoundView'];
        };
      };
      /** @description The id is not a UUID */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No round has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_pabulib: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The counted round as a pabulib .pb file: budget, rule, the projects on the ballot (cost, votes, selected) and every ballot, voters numbered */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description The id is not a UUID */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No round has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Voting has not closed yet */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_configure: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoundSettingsInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedBudgetRound'];
        };
      };
      /** @description An id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No round (or proposal) has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit the round’s phase or the proposal’s state, or someone changed the round at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_advance: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdvancePhaseInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedBudgetRound'];
        };
      };
      /** @description An id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No round (or proposal) has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit the round’s phase or the proposal’s state, or someone changed the round at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_propose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitProposalInput'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubmittedProposal'];
        };
      };
      /** @description The id is not a UUID, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No round (or proposal) has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit the round’s phase or the proposal’s state, or someone changed the round at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors): an unknown category or district, or a district outside the round’s */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many ideas from this address in a minute (RATE_LIMIT_SUBMIT_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_feasibility: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
        proposalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FeasibilityInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedBudgetRound'];
        };
      };
      /** @description An id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No round (or proposal) has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit the round’s phase or the proposal’s state, or someone changed the round at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_merge: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeProposalsInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedBudgetRound'];
        };
      };
      /** @description An id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No round (or proposal) has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit the round’s phase or the proposal’s state, or someone changed the round at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_paperBallot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PaperBallotInput'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CastPaperBallot'];
        };
      };
      /** @description An id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No round (or proposal) has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Voting is not open */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_vote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OnlineBallotInput'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BallotReceived'];
        };
      };
      /** @description The id is not a UUID, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No round has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Voting is not open */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The ballot breaks the round’s method (too many projects, over the amount, a project not on the ballot), or the voter does not belong to the round (residence, age) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many ideas from this address in a minute (RATE_LIMIT_SUBMIT_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_confirmBallot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmBallotInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BallotConfirmed'];
        };
      };
      /** @description Ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link is not valid (a newer one may have been sent) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Voting has closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_eraseVoter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EraseVoterInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasedVoterData'];
        };
      };
      /** @description Ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No online ballot with this address in this round */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_closeVoting: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedBudgetRound'];
        };
      };
      /** @description An id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No round (or proposal) has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Voting is not open, someone changed the round at the same moment, or ballots are still being recorded (ballots-not-counted-yet: try again in a moment) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_progress: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
        proposalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WinnerProgressInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedBudgetRound'];
        };
      };
      /** @description An id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No round (or proposal) has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit the round’s phase or the proposal’s state, or someone changed the round at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BudgetRoundsController_complete: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the revision you read */
        'If-Match': string;
      };
      path: {
        id: string;
        proposalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WinnerCompletedInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedBudgetRound'];
        };
      };
      /** @description An id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No round (or proposal) has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit the round’s phase or the proposal’s state, or someone changed the round at the same moment */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdminSessionController_open: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Sets the HttpOnly cookie the dashboard accepts, for as long as the token lives */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AdminSessionController_close: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Clears the session cookie */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InitiativesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; a page (text/html) when the client prefers HTML, as a browser does */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InitiativeListView'];
          'text/html': string;
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
    };
  };
  InitiativesController_startInitiative: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartInitiativeInput'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StartedInitiative'];
        };
      };
      /** @description Ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many ideas from this address in a minute (RATE_LIMIT_SUBMIT_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InitiativesController_forScreening: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InitiativeListView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles dispatcher, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InitiativesController_one: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        idOrCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; a page (text/html) when the client prefers HTML, as a browser does */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InitiativeView'];
          'text/html': string;
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No public initiative has this id or code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'text/html': string;
        };
      };
    };
  };
  InitiativesController_approve: {
    parameters: {
      query?: never;
      header: {
        /** @description The revision you read (GET /initiatives/{id} or the screening list) */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedInitiative'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles dispatcher, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No initiative has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit where the initiative stands, someone changed it at the same moment, or the residents are not known */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InitiativesController_returnForChanges: {
    parameters: {
      query?: never;
      header: {
        /** @description The revision you read (GET /initiatives/{id} or the screening list) */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReturnInitiativeInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedInitiative'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles dispatcher, manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No initiative has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit where the initiative stands, someone changed it at the same moment, or the residents are not known */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InitiativesController_decide: {
    parameters: {
      query?: never;
      header: {
        /** @description The revision you read (GET /initiatives/{id} or the screening list) */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CouncilDecisionInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedInitiative'];
        };
      };
      /** @description The id is not a UUID, If-Match is not a revision, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles manager (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No initiative has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The change does not fit where the initiative stands, someone changed it at the same moment, or the residents are not known */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The idea changed since you read it: currentRevision says where it is now; read it again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InitiativesController_sign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignInitiativeInput'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignatureReceived'];
        };
      };
      /** @description The id is not a UUID, or ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No initiative has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The initiative is not collecting signatures (not yet approved, or its period is over) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors), e.g. the statement of residence missing or an unknown district */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many ideas from this address in a minute (RATE_LIMIT_SUBMIT_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InitiativesController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmSignatureInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignatureConfirmedView'];
        };
      };
      /** @description Ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link is not valid (a newer one may have been sent) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The collection is over */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InitiativesController_eraseSigner: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EraseSignerInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasedSignerData'];
        };
      };
      /** @description Ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No signature with this address on this initiative */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InitiativesController_eraseInitiators: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasedSignerData'];
        };
      };
      /** @description The id is not a UUID */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that is invalid or expired (application/problem+json, WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in, but none of the roles admin (or not in this department) (application/problem+json) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No initiative has this id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InitiatorController_initiatorView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InitiativeView'];
        };
      };
      /** @description Ill-formed input: a path segment, header or body that is not well-formed text, malformed JSON, or a header in the wrong form */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No initiative has this link */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A body was sent, and it is not JSON (or not UTF-8); this operation takes none */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields, each listed in errors (on any route: a query or body string holding NUL or an unpaired surrogate) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InitiatorController_revise: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviseInitiativeInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangedInitiative'];
        };
      };
      /** @description Ill-formed input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No initiative has this link */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description It is not returned for changes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 100 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (or not UTF-8) */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid fields (each in errors) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many tracking requests from this address in a minute (RATE_LIMIT_TRACK_PER_MINUTE); Retry-After says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description PostgreSQL or the event store is not reachable, or a read model is being rebuilt after an upgrade; Retry-After says when to try again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
