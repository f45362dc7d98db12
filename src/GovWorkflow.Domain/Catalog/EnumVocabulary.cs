namespace GovWorkflow.Domain.Catalog;

/// <summary>The words a catalog file may use for the values of one enum, with their Chinese labels.</summary>
/// <remarks>
/// Catalog files spell enum values as short English words (<c>promised</c>, <c>secondary</c>) so that they do
/// not depend on C# member names; the Chinese labels go into error messages that list the accepted values.
/// </remarks>
internal sealed class EnumVocabulary<T>
    where T : struct, Enum
{
    private readonly (string Word, string Label, T Value)[] words;

    public EnumVocabulary(params (string Word, string Label, T Value)[] words)
    {
        this.words = words;
    }

    /// <summary>Matches a word, ignoring case (<c>Promised</c> is <c>promised</c>).</summary>
    public bool TryParse(string text, out T value)
    {
        foreach (var (word, _, candidate) in words)
        {
            if (string.Equals(word, text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The words, for suggestions.</summary>
    public IEnumerable<string> Words => words.Select(w => w.Word);

    /// <summary>The word of a value, e.g. <c>promised</c>.</summary>
    public string WordOf(T value) => Array.Find(words, w => EqualityComparer<T>.Default.Equals(w.Value, value)).Word ?? value.ToString();

    /// <summary>The Chinese label of a value, e.g. <c>承诺件</c>.</summary>
    public string LabelOf(T value) => Array.Find(words, w => EqualityComparer<T>.Default.Equals(w.Value, value)).Label ?? value.ToString();

    /// <summary>The accepted values as shown in Chinese messages: <c>immediate（即办件）、promised（承诺件）</c>.</summary>
    public string DescribeChinese() => string.Join('、', words.Select(w => $"{w.Word}（{w.Label}）"));

    /// <summary>The accepted values as shown in English messages: <c>immediate, promised</c>.</summary>
    public string DescribeEnglish() => string.Join(", ", words.Select(w => w.Word));
}
