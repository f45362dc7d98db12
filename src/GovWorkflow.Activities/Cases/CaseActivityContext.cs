using System.Globalization;
using GovWorkflow.Domain.Bundles;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Expressions;
using NodaTime;

namespace GovWorkflow.Activities.Cases;

/// <summary>One run of a case activity: the request, the case file as read, and typed access to the inputs.</summary>
public sealed class CaseActivityContext(ActivityRequest request, CaseFile? file, CaseServices services)
{
    /// <summary>The job.</summary>
    public ActivityRequest Request => request;

    /// <summary>The services.</summary>
    public CaseServices Services => services;

    /// <summary>The day of the run in Beijing.</summary>
    public LocalDate Today => request.Now.InZone(BusinessCalendar.Zone).Date;

    /// <summary>The case file; an activity after 收件 on a case never received is a broken workflow.</summary>
    public CaseFile File => file ?? throw new InvalidOperationException($"办件 {request.InstanceId} 尚未收件登记：流程应先执行 ReceiveApplication。");

    /// <summary>The case file, or null before 收件.</summary>
    public CaseFile? FileOrNull => file;

    /// <summary>The case's bundle.</summary>
    public ServiceBundle Bundle => services.Bundles.Get(File.BundleCode);

    /// <summary>The items the service task names in <c>gov:items</c>, or every item of the bundle.</summary>
    public IReadOnlyList<ServiceItem> Items
    {
        get
        {
            var all = Bundle.Items.Select(i => i.Item).ToList();
            if (!request.Properties.TryGetValue("items", out var text) || string.IsNullOrWhiteSpace(text))
            {
                return all;
            }

            var codes = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return [.. all.Where(i => codes.Contains(i.Code, StringComparer.Ordinal))];
        }
    }

    /// <summary>A variable, or null when unset.</summary>
    public FeelValue? Variable(string name) => request.Variables.TryGetValue(name, out var value) && !value.IsNull ? value : null;

    /// <summary>A boolean variable, or the fallback.</summary>
    public bool Flag(string name, bool fallback = false) => Variable(name) is { Kind: FeelValueKind.Boolean } value ? value.AsBoolean : fallback;

    /// <summary>A whole-number variable, or null.</summary>
    public int? WholeNumber(string name) => Variable(name) is { Kind: FeelValueKind.Number } value ? (int)value.AsNumber : null;

    /// <summary>A text variable, or null.</summary>
    public string? Text(string name) => Variable(name) switch
    {
        { Kind: FeelValueKind.String } value => value.AsString,
        { Kind: FeelValueKind.Number } value => value.AsNumber.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A list-of-text variable (a single text counts as a list of one), or empty.</summary>
    public IReadOnlyList<string> TextList(string name) => Variable(name) switch
    {
        { Kind: FeelValueKind.List } value => [.. value.AsList.Where(v => v.Kind == FeelValueKind.String).Select(v => v.AsString)],
        { Kind: FeelValueKind.String } value => [value.AsString],
        _ => [],
    };

    /// <summary>A field of a context variable, as text.</summary>
    public string? Field(string name, string field) => Variable(name) is { Kind: FeelValueKind.Context } value
        && value.AsContext.FirstOrDefault(e => e.Key == field).Value is { Kind: FeelValueKind.String } text ? text.AsString : null;

    /// <summary>A day as the workflow shows it.</summary>
    public static string Day(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
