namespace GovWorkflow.Engine.Model;

/// <summary>The names of the <c>gov:</c> extension namespace that the engine relies on.</summary>
/// <remarks>
/// The namespace URI is a name, not an address: nothing is ever fetched from it. Settings are attributes on the
/// BPMN element they configure, except the repeated ones (<c>gov:in</c>, <c>gov:out</c>, <c>gov:material</c>), which
/// are elements under <c>extensionElements</c>. Values starting with <c>=</c> are FEEL expressions. See docs/definitions.md.
/// </remarks>
public static class GovNames
{
    /// <summary>The namespace URI, conventionally bound to the prefix <c>gov</c>.</summary>
    public const string NamespaceUri = "https://schemas.govworkflow.org/bpmn/gov/1.0";

    /// <summary>On <c>timerEventDefinition</c>: a duration in working days (non-negative integer or <c>=FEEL</c>).</summary>
    public const string WorkingDays = "workingDays";

    /// <summary>On a <c>gov:workingDays</c> timer: the day (<c>=FEEL</c> giving a date or date-time) its working days count from, instead of the moment it starts.</summary>
    public const string From = "from";

    /// <summary>On <c>userTask</c>: the single assignee (user id or <c>=FEEL</c>).</summary>
    public const string Assignee = "assignee";

    /// <summary>On <c>userTask</c>: candidate users, comma-separated, or <c>=FEEL</c>.</summary>
    public const string CandidateUsers = "candidateUsers";

    /// <summary>On <c>userTask</c>: candidate groups (roles), comma-separated, or <c>=FEEL</c>.</summary>
    public const string CandidateGroups = "candidateGroups";

    /// <summary>On <c>userTask</c>: candidate departments (department codes), comma-separated, or <c>=FEEL</c>.</summary>
    public const string CandidateDepartments = "candidateDepartments";

    /// <summary>On <c>userTask</c>: the key of the form shown to the person working the task.</summary>
    public const string FormKey = "formKey";

    /// <summary>On <c>serviceTask</c>, <c>sendTask</c>, <c>businessRuleTask</c>: the custom activity type name.</summary>
    public const string Activity = "activity";

    /// <summary>On <c>multiInstanceLoopCharacteristics</c> (or its activity): the FEEL collection to iterate.</summary>
    public const string Collection = "collection";

    /// <summary>On <c>multiInstanceLoopCharacteristics</c> (or its activity): the variable that holds one item.</summary>
    public const string ElementVariable = "elementVariable";

    /// <summary>On activities and processes: warning thresholds as fractions of the time limit, e.g. <c>0.5,0.8</c>.</summary>
    public const string WarnAt = "warnAt";

    /// <summary>On processes and activities: <c>strict</c>, <c>tolerant</c> or <c>commitment</c>.</summary>
    public const string MaterialPolicy = "materialPolicy";

    /// <summary>Element under a call activity's <c>extensionElements</c>: an input mapping.</summary>
    public const string In = "in";

    /// <summary>Element under a call activity's <c>extensionElements</c>: an output mapping.</summary>
    public const string Out = "out";

    /// <summary>Element under <c>extensionElements</c>: a material requirement of the node.</summary>
    public const string Material = "material";

    /// <summary>Attribute of <c>gov:in</c>/<c>gov:out</c>: the FEEL expression read.</summary>
    public const string Source = "source";

    /// <summary>Attribute of <c>gov:in</c>/<c>gov:out</c>: the variable written.</summary>
    public const string Target = "target";
}
