using System.Text;
using System.Xml.Linq;

namespace GovWorkflow.Engine.Tests.Parsing;

/// <summary>Deterministic random mutations of seed BPMN files, at byte level and at XML level.</summary>
/// <remarks>
/// XML-level mutations work on the semantic part only (diagram interchange removed): it is what the model reads, and
/// it keeps each run small enough for 100,000 mutations in the time budget. Byte-level mutations use the whole file.
/// </remarks>
internal sealed class BpmnMutator
{
    private static readonly string[] ReferenceAttributes =
        ["sourceRef", "targetRef", "attachedToRef", "default", "messageRef", "errorRef", "escalationRef", "signalRef", "processRef", "calledElement"];

    private readonly Random _random;
    private readonly IReadOnlyList<Seed> _seeds;

    public BpmnMutator(IReadOnlyList<Seed> seeds, int randomSeed)
    {
        _seeds = seeds;
        _random = new Random(randomSeed);
    }

    public static IReadOnlyList<Seed> LoadSeeds(IEnumerable<string> files) =>
        [.. files.Select(file => new Seed(Path.GetFileName(file), File.ReadAllBytes(file), Semantic(file)))];

    public (byte[] Bytes, string Name) Next()
    {
        var seed = _seeds[_random.Next(_seeds.Count)];
        var kind = _random.Next(8);
        return kind switch
        {
            0 => (FlipBytes(seed.Bytes), seed.Name + "#flip"),
            1 => (seed.Bytes[.._random.Next(seed.Bytes.Length)], seed.Name + "#truncate"),
            _ => (MutateXml(seed, kind == 7 ? 2 + _random.Next(3) : 1, kind), seed.Name + "#xml" + kind),
        };
    }

    private static XDocument Semantic(string file)
    {
        var document = XDocument.Load(file, LoadOptions.None);
        document.Descendants().Where(e => e.Name.NamespaceName.Contains("/DI", StringComparison.Ordinal)).ToList().ForEach(e => e.Remove());
        return document;
    }

    private byte[] FlipBytes(byte[] original)
    {
        var bytes = (byte[])original.Clone();
        var flips = 1 + _random.Next(8);
        for (var i = 0; i < flips; i++)
        {
            bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
        }

        return bytes;
    }

    private byte[] MutateXml(Seed seed, int count, int kind)
    {
        var document = new XDocument(seed.Semantic);
        var elements = document.Root!.Descendants().ToList();
        for (var i = 0; i < count && elements.Count > 0; i++)
        {
            Apply(document, elements, count > 1 ? 2 + _random.Next(5) : kind);
        }

        return Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting));
    }

    private void Apply(XDocument document, List<XElement> elements, int kind)
    {
        var element = elements[_random.Next(elements.Count)];
        switch (kind)
        {
            case 2:
                element.Remove();
                elements.Remove(element);
                break;
            case 3:
                element.AddAfterSelf(new XElement(element));
                break;
            case 4:
                SwapAttributeValues(elements);
                break;
            case 5:
                CollideIds(elements);
                break;
            default:
                Rewire(document, elements);
                break;
        }
    }

    private void SwapAttributeValues(List<XElement> elements)
    {
        var a = RandomAttribute(elements);
        var b = RandomAttribute(elements);
        if (a is not null && b is not null)
        {
            (a.Value, b.Value) = (b.Value, a.Value);
        }
    }

    private void CollideIds(List<XElement> elements)
    {
        var withIds = elements.Where(e => e.Attribute("id") is not null).ToList();
        if (withIds.Count >= 2)
        {
            withIds[_random.Next(withIds.Count)].SetAttributeValue("id", withIds[_random.Next(withIds.Count)].Attribute("id")!.Value);
        }
    }

    private void Rewire(XDocument document, List<XElement> elements)
    {
        var references = elements.SelectMany(e => e.Attributes()).Where(a => ReferenceAttributes.Contains(a.Name.LocalName, StringComparer.Ordinal)).ToList();
        var ids = document.Root!.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToList();
        if (references.Count == 0)
        {
            return;
        }

        var target = references[_random.Next(references.Count)];
        target.Value = _random.Next(4) switch
        {
            0 => string.Empty,
            1 => "missing_" + _random.Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => ids.Count > 0 ? ids[_random.Next(ids.Count)] : "x",
        };
    }

    private XAttribute? RandomAttribute(List<XElement> elements)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var attributes = elements[_random.Next(elements.Count)].Attributes().Where(a => !a.IsNamespaceDeclaration).ToList();
            if (attributes.Count > 0)
            {
                return attributes[_random.Next(attributes.Count)];
            }
        }

        return null;
    }

    internal sealed record Seed(string Name, byte[] Bytes, XDocument Semantic);
}
