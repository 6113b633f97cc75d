// The one shape of a workflow's rules (DESIGN §3 for hazards; tips, inspections, tasks … the same way): a status
// table, who may act and why not, and where an action leads. Pure: the server's action pipeline
// (server/src/workflow/pipeline.ts) loads the record within scope, asks the machine, then compare-and-sets.

/**
 * Where an action leads: a status, 'unchanged', or — for an action whose result the actor decides in the payload
 * (a tip's investigation: verified or not) — one status per outcome.
 */
export type TransitionTarget<Status extends string> = Status | 'unchanged' | { readonly byOutcome: Readonly<Record<string, Status>> };
export type Transition<Status extends string> = { readonly from: readonly Status[]; readonly to: TransitionTarget<Status> };
export type TransitionTable<Action extends string, Status extends string> = Readonly<Record<Action, Transition<Status>>>;

export type WorkflowMachine<Facts extends { status: Status }, Actor, Action extends string, Status extends string> = {
  /** Every action, in the order the UI offers them. */
  readonly actions: readonly Action[];
  readonly transitions: TransitionTable<Action, Status>;
  /** A zh-CN reason why the actor may not take the action now, or null when it may. */
  explainDenied(facts: Facts, actor: Actor, action: Action): string | null;
  /** The actions to offer (the UI shows these as buttons), in table order. */
  allowedActions(facts: Facts, actor: Actor): Action[];
  /** Where the action leads; throws when it does not apply to the status (explainDenied says so first). */
  nextStatus(facts: Pick<Facts, 'status'>, action: Action, outcome?: string): Status;
};

type MachineRules<Facts extends { status: Status }, Actor, Action extends string, Status extends string> = {
  actions: readonly Action[];
  transitions: TransitionTable<Action, Status>;
  statusLabels: Readonly<Record<Status, string>>;
  actionLabels: Readonly<Record<Action, string>>;
  explainDenied(facts: Facts, actor: Actor, action: Action): string | null;
};

/** A machine from its table and its refusal rule; allowedActions and nextStatus are the same for every workflow. */
export function defineMachine<Facts extends { status: Status }, Actor, Action extends string, Status extends string>(
  rules: MachineRules<Facts, Actor, Action, Status>,
): WorkflowMachine<Facts, Actor, Action, Status> {
  const machine: WorkflowMachine<Facts, Actor, Action, Status> = {
    actions: rules.actions,
    transitions: rules.transitions,
    explainDenied: rules.explainDenied,
    allowedActions: (facts, actor) => allowedActions(machine, facts, actor),
    nextStatus: (facts, action, outcome) => nextStatusOf(rules, facts.status, action, outcome),
  };
  return machine;
}

/** The generic allowedActions: every action the machine does not refuse, in table order. */
export function allowedActions<Facts extends { status: Status }, Actor, Action extends string, Status extends string>(
  machine: Pick<WorkflowMachine<Facts, Actor, Action, Status>, 'actions' | 'explainDenied'>,
  facts: Facts,
  actor: Actor,
): Action[] {
  return machine.actions.filter((action) => machine.explainDenied(facts, actor, action) === null);
}

/** The action applies in this status (the first check of every explainDenied). */
export const appliesIn = <Action extends string, Status extends string>(table: TransitionTable<Action, Status>, status: Status, action: Action): boolean =>
  table[action].from.includes(status);

function nextStatusOf<Action extends string, Status extends string>(
  rules: Pick<MachineRules<{ status: Status }, unknown, Action, Status>, 'transitions' | 'statusLabels' | 'actionLabels'>,
  status: Status,
  action: Action,
  outcome: string | undefined,
): Status {
  const transition = rules.transitions[action];
  if (!transition.from.includes(status)) {
    throw new Error(`状态转换无效：「${rules.statusLabels[status]}」不能${rules.actionLabels[action]}`);
  }
  const to = transition.to;
  if (to === 'unchanged') return status;
  if (typeof to === 'object') {
    const byOutcome = outcome === undefined ? undefined : to.byOutcome[outcome];
    if (byOutcome === undefined) throw new Error(`「${rules.actionLabels[action]}」须给出结论`);
    return byOutcome;
  }
  return to;
}
