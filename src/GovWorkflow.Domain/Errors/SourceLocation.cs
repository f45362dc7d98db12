namespace GovWorkflow.Domain.Errors;

/// <summary>Where a problem was found: a file and position, a field, an element or an entry.</summary>
/// <remarks>
/// Every part is optional because problems come from many places (a data file, a command-line
/// argument, a form field); whatever is known is shown so that a person can go straight to it.
/// </remarks>
/// <param name="File">The file path as the user gave it, or null when the input was not a file.</param>
/// <param name="Line">One-based line, or null.</param>
/// <param name="Column">One-based column, or null.</param>
/// <param name="Field">The field or property name, or null.</param>
/// <param name="EntryIndex">Zero-based index of the entry in a list (for example <c>days[3]</c>), or null.</param>
public sealed record SourceLocation(
    string? File = null,
    int? Line = null,
    int? Column = null,
    string? Field = null,
    int? EntryIndex = null)
{
    /// <summary>Formats the location as <c>file:line:column</c> followed by the field or entry, omitting unknown parts.</summary>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (File is not null)
        {
            var position = File;
            if (Line is { } line)
            {
                position += FormattableString.Invariant($":{line}");
                if (Column is { } column)
                {
                    position += FormattableString.Invariant($":{column}");
                }
            }

            parts.Add(position);
        }

        if (EntryIndex is { } index)
        {
            parts.Add(FormattableString.Invariant($"entry {index}"));
        }

        if (Field is not null)
        {
            parts.Add(Field);
        }

        return string.Join(' ', parts);
    }
}
