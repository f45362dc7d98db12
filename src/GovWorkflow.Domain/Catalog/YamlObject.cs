using System.Globalization;
using YamlDotNet.Core;
using GovWorkflow.Domain.Errors;
using YamlDotNet.RepresentationModel;

namespace GovWorkflow.Domain.Catalog;

/// <summary>One YAML mapping read field by field, each read reporting its own located error.</summary>
/// <remarks>
/// Every field the reader asks for becomes a known field; <see cref="RejectUnknownFields"/> then refuses
/// the rest, so that a typo such as <c>promisedLimt</c> cannot leave a default in force unnoticed.
/// Values follow the YAML 1.2 core schema: <c>"10"</c> is text, not a number.
/// </remarks>
internal sealed class YamlObject
{
    private static readonly (string Chinese, string English) TextType = ("文本", "text");
    private static readonly (string Chinese, string English) WholeNumberType = ("整数", "an integer");
    private static readonly (string Chinese, string English) FlagType = ("true 或 false", "true or false");
    private static readonly (string Chinese, string English) FractionType = ("小数（例如 0.5）", "a number such as 0.5");
    private static readonly (string Chinese, string English) MappingType = ("对象（字段: 值）", "a mapping");
    private static readonly (string Chinese, string English) ListType = ("列表（每项以 - 开头）", "a list");

    private readonly CatalogDocumentContext context;
    private readonly List<string> known = [];

    public YamlObject(YamlMappingNode node, string path, CatalogDocumentContext context)
    {
        Node = node;
        Path = path;
        this.context = context;
        context.Remember(path, node);
    }

    public YamlMappingNode Node { get; }

    /// <summary>The path of this mapping, e.g. <c>items[2].deadline</c>; empty for the top of a file.</summary>
    public string Path { get; }

    public int ErrorCount => context.Errors.Count;

    public CatalogDocumentContext Context => context;

    public string? ReadText(string key, bool required = true)
    {
        if (Find(key, required) is not { } node)
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            ReportType(key, node, TextType);
            return null;
        }

        var text = scalar.Value!.Trim();
        if (text.Length == 0)
        {
            context.Errors.Add(CatalogErrors.FieldEmpty(context.At(node, FieldPath(key)), key));
            return null;
        }

        return text;
    }

    public int? ReadWholeNumber(string key, bool required = true)
    {
        if (Find(key, required) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text } && IsWholeNumber(text))
        {
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            context.Errors.Add(CatalogErrors.FieldRange(context.At(node, FieldPath(key)), key, text, "数值过大。", "the number is too large."));
            return null;
        }

        ReportType(key, node, WholeNumberType);
        return null;
    }

    public bool? ReadFlag(string key)
    {
        if (Find(key, required: false) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text })
        {
            if (text is "true" or "True" or "TRUE")
            {
                return true;
            }

            if (text is "false" or "False" or "FALSE")
            {
                return false;
            }
        }

        ReportType(key, node, FlagType);
        return null;
    }

    public double? ReadFraction(string key)
    {
        if (Find(key, required: true) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text }
            && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        ReportType(key, node, FractionType);
        return null;
    }

    public T? ReadEnum<T>(string key, EnumVocabulary<T> vocabulary, bool required = true)
        where T : struct, Enum
    {
        if (Find(key, required) is not { } node)
        {
            return null;
        }

        if (node is not YamlScalarNode { Value: { } text })
        {
            ReportType(key, node, ("以下之一：" + vocabulary.DescribeChinese(), "one of " + vocabulary.DescribeEnglish()));
            return null;
        }

        if (vocabulary.TryParse(text.Trim(), out var value))
        {
            return value;
        }

        context.Errors.Add(CatalogErrors.EnumValue(context.At(node, FieldPath(key)), key, text, vocabulary));
        return null;
    }

    public YamlObject? ReadMapping(string key, bool required)
    {
        if (Find(key, required) is not { } node)
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlObject(mapping, FieldPath(key), context);
        }

        ReportType(key, node, MappingType);
        return null;
    }

    /// <summary>Reads a list of mappings; elements that are not mappings are reported and left out.</summary>
    public IReadOnlyList<YamlObject>? ReadList(string key, bool required)
    {
        if (Find(key, required) is not { } node)
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            ReportType(key, node, ListType);
            return null;
        }

        var listPath = FieldPath(key);
        var result = new List<YamlObject>(sequence.Children.Count);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var elementPath = string.Create(CultureInfo.InvariantCulture, $"{listPath}[{i}]");
            if (sequence.Children[i] is YamlMappingNode element)
            {
                result.Add(new YamlObject(element, elementPath, context));
            }
            else
            {
                context.Errors.Add(CatalogErrors.FieldType(context.At(sequence.Children[i], elementPath), elementPath, MappingType, Describe(sequence.Children[i])));
            }
        }

        return result;
    }

    /// <summary>Reads a list of texts (a YAML sequence of scalars, or one scalar).</summary>
    public IReadOnlyList<string>? ReadTextList(string key, bool required)
    {
        if (Find(key, required) is not { } node)
        {
            return null;
        }

        switch (node)
        {
            case YamlScalarNode { Value: { } single } when single.Trim().Length > 0:
                return [single.Trim()];
            case YamlSequenceNode sequence:
                var result = new List<string>(sequence.Children.Count);
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
                    {
                        result.Add(text.Trim());
                    }
                    else
                    {
                        ReportType(key, child, TextType);
                    }
                }

                return result;
            default:
                ReportType(key, node, ListType);
                return null;
        }
    }

    /// <summary>Reads a day written as <c>2026-03-02</c>.</summary>
    public NodaTime.LocalDate? ReadDate(string key, bool required = true)
    {
        var text = ReadText(key, required);
        if (text is null)
        {
            return null;
        }

        var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        context.Errors.Add(CatalogErrors.FieldRange(LocationOf(key), key, text, "日期格式应为 yyyy-MM-dd，例如 2026-03-02。", "a date is written yyyy-MM-dd."));
        return null;
    }

    /// <summary>Reads any value as plain data: true/false, whole numbers (long), decimals, texts, lists and mappings (YAML 1.2 core schema; quoted scalars stay text).</summary>
    public object? ReadValue(string key, bool required)
    {
        return Find(key, required) is { } node ? ToValue(node) : null;
    }

    /// <summary>Reads a mapping of names to plain values (see <see cref="ReadValue"/>), in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>>? ReadValues(string key)
    {
        if (Find(key, required: false) is not { } node)
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            ReportType(key, node, MappingType);
            return null;
        }

        return [.. mapping.Children.Select(c => new KeyValuePair<string, object?>(c.Key is YamlScalarNode { Value: { } name } ? name : c.Key.ToString(), ToValue(c.Value)))];
    }

    /// <summary>The position of a field, for checks made after reading.</summary>
    public SourceLocation LocationOf(string key)
    {
        var entry = Node.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: { } text } && text == key);
        return context.At(entry.Value ?? Node, FieldPath(key));
    }

    private static object? ToValue(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted, Value: var text } => text ?? string.Empty,
        YamlScalarNode { Value: null or "" or "~" or "null" or "Null" or "NULL" } => null,
        YamlScalarNode { Value: "true" or "True" or "TRUE" } => true,
        YamlScalarNode { Value: "false" or "False" or "FALSE" } => false,
        YamlScalarNode { Value: { } text } when IsWholeNumber(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => whole,
        YamlScalarNode { Value: { } text } when decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) => number,
        YamlScalarNode { Value: var text } => text,
        YamlSequenceNode sequence => sequence.Children.Select(ToValue).ToList(),
        YamlMappingNode mapping => mapping.Children.ToDictionary(c => c.Key is YamlScalarNode { Value: { } name } ? name : c.Key.ToString(), c => ToValue(c.Value), StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>Reports every field of this mapping that no read asked for, suggesting the closest known one.</summary>
    public void RejectUnknownFields()
    {
        foreach (var (keyNode, _) in Node.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } text } ? text : keyNode.ToString();
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                context.Errors.Add(CatalogErrors.FieldUnknown(context.At(keyNode, FieldPath(key)), key, Spelling.Nearest(key, known, 1), known));
            }
        }
    }

    public string FieldPath(string key) => Path.Length == 0 ? key : Path + "." + key;

    private static bool IsWholeNumber(string text)
    {
        var digits = text.StartsWith('-') || text.StartsWith('+') ? text[1..] : text;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit);
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" or "Null" or "NULL" };

    private static (string Chinese, string English) Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted, Value: var v } => ($"带引号的文本 “{v}”", $"quoted text \"{v}\""),
        YamlScalarNode { Value: var v } => ($"“{v}”", $"\"{v}\""),
        YamlSequenceNode => ("列表", "a list"),
        YamlMappingNode => ("对象", "a mapping"),
        _ => ("其他内容", "something else"),
    };

    private static string Hint(YamlNode node, (string Chinese, string English) expected)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } && expected != TextType)
        {
            return "请去掉引号。";
        }

        return expected == WholeNumberType ? "时限以工作日计，请填写阿拉伯数字，例如 5。" : string.Empty;
    }

    private YamlNode? Find(string key, bool required)
    {
        known.Add(key);
        var entry = Node.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: { } text } && text == key);
        if (entry.Value is null)
        {
            if (required)
            {
                context.Errors.Add(CatalogErrors.FieldMissing(context.At(Node, FieldPath(key)), key));
            }

            return null;
        }

        context.Remember(FieldPath(key), entry.Value);
        if (IsNull(entry.Value))
        {
            if (required)
            {
                context.Errors.Add(CatalogErrors.FieldEmpty(context.At(entry.Value, FieldPath(key)), key));
            }

            return null;
        }

        return entry.Value;
    }

    private void ReportType(string key, YamlNode node, (string Chinese, string English) expected) =>
        context.Errors.Add(CatalogErrors.FieldType(context.At(node, FieldPath(key)), key, expected, Describe(node), Hint(node, expected)));
}
