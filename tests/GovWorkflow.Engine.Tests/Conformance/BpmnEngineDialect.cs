using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>Turns a process in our dialect (FEEL conditions) into the copy bpmn-engine runs.</summary>
/// <remarks>
/// bpmn-engine resolves <c>${path}</c> expressions by property lookup only: <c>${environment.variables.x}</c>
/// works, a negation such as <c>${!environment.variables.x}</c> does not (it looks up a property named
/// <c>!environment</c>). So <c>x = true</c> becomes that expression and <c>x = false</c> a JavaScript condition
/// script (<c>language="javascript"</c>, which bpmn-engine runs in a vm and which answers through
/// <c>next(err, result)</c>). Conformance processes keep their conditions to these two forms.
/// </remarks>
internal static partial class BpmnEngineDialect
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static string Translate(string bpmn, string fixture)
    {
        var document = XDocument.Parse(bpmn, LoadOptions.PreserveWhitespace);
        foreach (var condition in document.Descendants(Bpmn + "conditionExpression"))
        {
            var feel = condition.Value.Trim();
            var match = BooleanTest().Match(feel);
            if (!match.Success)
            {
                throw new InvalidOperationException($"{fixture}: condition '{feel}' has no bpmn-engine translation; use 'x = true' or 'x = false'.");
            }

            var name = match.Groups["name"].Value;
            if (match.Groups["value"].Value == "true")
            {
                condition.Value = "${environment.variables." + name + "}";
            }
            else
            {
                condition.SetAttributeValue("language", "javascript");
                condition.Value = "next(null, !environment.variables." + name + ");";
            }
        }

        return document.Declaration + Environment.NewLine + document.ToString(SaveOptions.DisableFormatting);
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?<value>true|false)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BooleanTest();
}
