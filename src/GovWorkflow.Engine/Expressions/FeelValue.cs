using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace GovWorkflow.Engine.Expressions;

/// <summary>An immutable FEEL value.</summary>
/// <remarks>
/// Equality is value equality as FEEL sees it: numbers compare by value (<c>1.0</c> equals <c>1</c>),
/// years-months durations by their total months, contexts by their entries whatever the order.
/// <see cref="True"/>, <see cref="False"/>, <see cref="Null"/> and small integers are shared instances so
/// that evaluating typical gateway conditions allocates nothing.
/// </remarks>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The factory names are the FEEL type names of the engine API.")]
public sealed class FeelValue : IEquatable<FeelValue>
{
    private const int SmallMin = -128;
    private const int SmallMax = 1023;
    private const int DictionaryThreshold = 8;

    private static readonly FeelValue[] SmallIntegers = CreateSmallIntegers();
    private static readonly FeelValue EmptyStringValue = new(FeelValueKind.String, reference: string.Empty);
    private static readonly FeelValue EmptyListValue = new(FeelValueKind.List, reference: Array.Empty<FeelValue>());

    private readonly decimal number;
    private readonly LocalDateTime temporal;
    private readonly Duration duration;
    private readonly object? reference;
    private readonly Dictionary<string, int>? index;

    private FeelValue(FeelValueKind kind, decimal number = 0m, LocalDateTime temporal = default, Duration duration = default, object? reference = null, Dictionary<string, int>? index = null)
    {
        Kind = kind;
        this.number = number;
        this.temporal = temporal;
        this.duration = duration;
        this.reference = reference;
        this.index = index;
    }

    /// <summary>The FEEL <c>null</c>.</summary>
    public static FeelValue Null { get; } = new(FeelValueKind.Null);

    /// <summary>The boolean <c>true</c>.</summary>
    public static FeelValue True { get; } = new(FeelValueKind.Boolean, number: 1m);

    /// <summary>The boolean <c>false</c>.</summary>
    public static FeelValue False { get; } = new(FeelValueKind.Boolean, number: 0m);

    /// <summary>The empty list.</summary>
    public static FeelValue EmptyList => EmptyListValue;

    /// <summary>The kind of value.</summary>
    public FeelValueKind Kind { get; }

    /// <summary>Whether the value is exactly the boolean <c>true</c>; a condition is taken only then.</summary>
    public bool IsTrue => ReferenceEquals(this, True);

    /// <summary>Whether the value is <c>null</c>.</summary>
    public bool IsNull => Kind == FeelValueKind.Null;

    /// <summary>The boolean held.</summary>
    /// <exception cref="InvalidOperationException">The value is not a boolean.</exception>
    public bool AsBoolean => Expect(FeelValueKind.Boolean).number != 0m;

    /// <summary>The number held.</summary>
    /// <exception cref="InvalidOperationException">The value is not a number.</exception>
    public decimal AsNumber => Expect(FeelValueKind.Number).number;

    /// <summary>The string held.</summary>
    /// <exception cref="InvalidOperationException">The value is not a string.</exception>
    public string AsString => (string)Expect(FeelValueKind.String).reference!;

    /// <summary>The date held.</summary>
    /// <exception cref="InvalidOperationException">The value is not a date.</exception>
    public LocalDate AsDate => Expect(FeelValueKind.Date).temporal.Date;

    /// <summary>The local date and time held.</summary>
    /// <exception cref="InvalidOperationException">The value is not a date and time.</exception>
    public LocalDateTime AsDateTime => Expect(FeelValueKind.DateTime).temporal;

    /// <summary>The days-and-time duration held.</summary>
    /// <exception cref="InvalidOperationException">The value is not a days-and-time duration.</exception>
    public Duration AsDaysTime => Expect(FeelValueKind.DaysTimeDuration).duration;

    /// <summary>The years-and-months duration held, normalized (months below 12).</summary>
    /// <exception cref="InvalidOperationException">The value is not a years-and-months duration.</exception>
    public Period AsYearsMonths => (Period)Expect(FeelValueKind.YearsMonthsDuration).reference!;

    /// <summary>The items of the list held.</summary>
    /// <exception cref="InvalidOperationException">The value is not a list.</exception>
    public IReadOnlyList<FeelValue> AsList => (FeelValue[])Expect(FeelValueKind.List).reference!;

    /// <summary>The entries of the context held, in their order.</summary>
    /// <exception cref="InvalidOperationException">The value is not a context.</exception>
    public IReadOnlyList<KeyValuePair<string, FeelValue>> AsContext => (KeyValuePair<string, FeelValue>[])Expect(FeelValueKind.Context).reference!;

    /// <summary>The total months of a years-and-months duration (only valid for that kind).</summary>
    internal long TotalMonths => (long)number;

    /// <summary>The list items without a copy (only valid for lists).</summary>
    internal FeelValue[] ListItems => (FeelValue[])reference!;

    /// <summary>The context entries without a copy (only valid for contexts).</summary>
    internal KeyValuePair<string, FeelValue>[] ContextEntries => (KeyValuePair<string, FeelValue>[])reference!;

    /// <summary>A boolean value; shared instances.</summary>
    public static FeelValue Boolean(bool v) => v ? True : False;

    /// <summary>A number; the decimal is kept as given (<c>1.50</c> stays <c>1.50</c>).</summary>
    public static FeelValue Number(decimal v)
    {
        if (v.Scale == 0 && v >= SmallMin && v <= SmallMax)
        {
            return SmallIntegers[(int)v - SmallMin];
        }

        return new FeelValue(FeelValueKind.Number, number: v);
    }

    /// <summary>A string.</summary>
    public static FeelValue String(string v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return v.Length == 0 ? EmptyStringValue : new FeelValue(FeelValueKind.String, reference: v);
    }

    /// <summary>A calendar date.</summary>
    public static FeelValue Date(LocalDate v) => new(FeelValueKind.Date, temporal: v.AtMidnight());

    /// <summary>A local date and time.</summary>
    public static FeelValue DateTime(LocalDateTime v) => new(FeelValueKind.DateTime, temporal: v);

    /// <summary>A days-and-time duration.</summary>
    public static FeelValue DaysTime(Duration v) => new(FeelValueKind.DaysTimeDuration, duration: v);

    /// <summary>A years-and-months duration; <paramref name="v"/> may hold only years and months and is normalized.</summary>
    /// <exception cref="ArgumentException"><paramref name="v"/> has units other than years and months.</exception>
    public static FeelValue YearsMonths(Period v)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (v.Weeks != 0 || v.Days != 0 || v.HasTimeComponent)
        {
            throw new ArgumentException("A years-and-months duration holds years and months only.", nameof(v));
        }

        var total = (v.Years * 12L) + v.Months;
        return total is >= -int.MaxValue and <= int.MaxValue
            ? YearsMonthsFromTotal(total)
            : throw new ArgumentOutOfRangeException(nameof(v), "A years-and-months duration is limited to int.MaxValue months.");
    }

    /// <summary>A list of the given items, in order.</summary>
    public static FeelValue List(IEnumerable<FeelValue> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var array = items.ToArray();
        foreach (var item in array)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
        }

        return FromArray(array);
    }

    /// <summary>A context of the given entries, in order; a repeated key replaces the earlier value in its place.</summary>
    public static FeelValue Context(IEnumerable<KeyValuePair<string, FeelValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<KeyValuePair<string, FeelValue>>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry.Key, nameof(entries));
            ArgumentNullException.ThrowIfNull(entry.Value, nameof(entries));
            if (positions.TryGetValue(entry.Key, out var at))
            {
                list[at] = entry;
            }
            else
            {
                positions.Add(entry.Key, list.Count);
                list.Add(entry);
            }
        }

        return new FeelValue(FeelValueKind.Context, reference: list.ToArray(), index: list.Count > DictionaryThreshold ? positions : null);
    }

    /// <summary>Looks up a context entry by its exact (ordinal) key; false for other kinds.</summary>
    public bool TryGetEntry(string key, [NotNullWhen(true)] out FeelValue? value)
    {
        value = null;
        if (Kind != FeelValueKind.Context)
        {
            return false;
        }

        var entries = ContextEntries;
        if (index is not null)
        {
            if (index.TryGetValue(key, out var at))
            {
                value = entries[at].Value;
                return true;
            }

            return false;
        }

        foreach (var entry in entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether both values are equal as FEEL values (see the type remarks).</summary>
    public bool Equals(FeelValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Kind != Kind)
        {
            return false;
        }

        return Kind switch
        {
            FeelValueKind.Null => true,
            FeelValueKind.Boolean or FeelValueKind.Number or FeelValueKind.YearsMonthsDuration => number == other.number,
            FeelValueKind.String => string.Equals((string)reference!, (string)other.reference!, StringComparison.Ordinal),
            FeelValueKind.Date or FeelValueKind.DateTime => temporal == other.temporal,
            FeelValueKind.DaysTimeDuration => duration == other.duration,
            FeelValueKind.List => ListEquals(ListItems, other.ListItems),
            _ => ContextEquals(other),
        };
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FeelValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        switch (Kind)
        {
            case FeelValueKind.Boolean or FeelValueKind.Number or FeelValueKind.YearsMonthsDuration:
                return HashCode.Combine(Kind, number);
            case FeelValueKind.String:
                return HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode((string)reference!));
            case FeelValueKind.Date or FeelValueKind.DateTime:
                return HashCode.Combine(Kind, temporal);
            case FeelValueKind.DaysTimeDuration:
                return HashCode.Combine(Kind, duration);
            case FeelValueKind.List:
                var hash = new HashCode();
                foreach (var item in ListItems)
                {
                    hash.Add(item);
                }

                return hash.ToHashCode();
            case FeelValueKind.Context:
                var sum = 0;
                foreach (var entry in ContextEntries)
                {
                    sum ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(entry.Key), entry.Value);
                }

                return sum;
            default:
                return 0;
        }
    }

    /// <summary>The value in FEEL literal syntax, formatted with the invariant culture.</summary>
    public override string ToString() => FeelFormatter.Format(this);

    internal static FeelValue FromArray(FeelValue[] items) => items.Length == 0 ? EmptyListValue : new FeelValue(FeelValueKind.List, reference: items);

    /// <summary>A years-and-months duration of the given total months; null beyond ±<see cref="int.MaxValue"/> months.</summary>
    internal static FeelValue YearsMonthsFromTotal(long totalMonths)
    {
        if (totalMonths is < -int.MaxValue or > int.MaxValue)
        {
            return Null;
        }

        var years = totalMonths / 12;
        var months = totalMonths % 12;
        var period = new PeriodBuilder { Years = (int)years, Months = (int)months }.Build();
        return new FeelValue(FeelValueKind.YearsMonthsDuration, number: totalMonths, reference: period);
    }

    private static FeelValue[] CreateSmallIntegers()
    {
        var values = new FeelValue[SmallMax - SmallMin + 1];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new FeelValue(FeelValueKind.Number, number: i + SmallMin);
        }

        return values;
    }

    private static bool ListEquals(FeelValue[] left, FeelValue[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!left[i].Equals(right[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool ContextEquals(FeelValue other)
    {
        var entries = ContextEntries;
        if (entries.Length != other.ContextEntries.Length)
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (!other.TryGetEntry(entry.Key, out var value) || !entry.Value.Equals(value))
            {
                return false;
            }
        }

        return true;
    }

    private FeelValue Expect(FeelValueKind kind) =>
        Kind == kind ? this : throw new InvalidOperationException($"The FEEL value is a {Kind}, not a {kind}.");
}
