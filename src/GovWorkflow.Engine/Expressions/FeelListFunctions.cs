namespace GovWorkflow.Engine.Expressions;

/// <summary>The list built-ins; <c>sum</c>, <c>min</c>, <c>max</c>, <c>mean</c>, <c>all</c> and <c>any</c> take a list or the items as arguments.</summary>
internal static class FeelListFunctions
{
    public static FeelValue Count(FeelValue list) =>
        list.Kind == FeelValueKind.List ? FeelValue.Number(list.ListItems.Length) : FeelValue.Null;

    public static FeelValue Sum(ReadOnlySpan<FeelValue> arguments)
    {
        var items = Items(arguments);
        if (items.Length == 0)
        {
            return FeelValue.Null;
        }

        var total = 0m;
        try
        {
            foreach (var item in items)
            {
                if (item.Kind != FeelValueKind.Number)
                {
                    return FeelValue.Null;
                }

                total += item.AsNumber;
            }
        }
        catch (OverflowException)
        {
            return FeelValue.Null;
        }

        return FeelValue.Number(total);
    }

    public static FeelValue Mean(ReadOnlySpan<FeelValue> arguments)
    {
        var sum = Sum(arguments);
        return sum.IsNull ? FeelValue.Null : FeelOperations.Divide(sum, FeelValue.Number(Items(arguments).Length));
    }

    /// <summary><c>min</c> (<paramref name="sign"/> -1) or <c>max</c> (+1) of mutually comparable items.</summary>
    public static FeelValue Extreme(ReadOnlySpan<FeelValue> arguments, int sign)
    {
        var items = Items(arguments);
        if (items.Length == 0)
        {
            return FeelValue.Null;
        }

        var best = items[0];
        foreach (var item in items)
        {
            var order = FeelOperations.Compare(item, best);
            if (order is null)
            {
                return FeelValue.Null;
            }

            if (order.Value * sign > 0)
            {
                best = item;
            }
        }

        return best;
    }

    public static FeelValue All(ReadOnlySpan<FeelValue> arguments)
    {
        var sawOther = false;
        foreach (var item in Items(arguments))
        {
            if (ReferenceEquals(item, FeelValue.False))
            {
                return FeelValue.False;
            }

            sawOther |= !item.IsTrue;
        }

        return sawOther ? FeelValue.Null : FeelValue.True;
    }

    public static FeelValue Any(ReadOnlySpan<FeelValue> arguments)
    {
        var sawOther = false;
        foreach (var item in Items(arguments))
        {
            if (item.IsTrue)
            {
                return FeelValue.True;
            }

            sawOther |= !ReferenceEquals(item, FeelValue.False);
        }

        return sawOther ? FeelValue.Null : FeelValue.False;
    }

    public static FeelValue ListContains(FeelValue list, FeelValue value)
    {
        if (list.Kind != FeelValueKind.List)
        {
            return FeelValue.Null;
        }

        foreach (var item in list.ListItems)
        {
            if (FeelOperations.Equal(item, value).IsTrue)
            {
                return FeelValue.True;
            }
        }

        return FeelValue.False;
    }

    public static FeelValue Append(ReadOnlySpan<FeelValue> arguments)
    {
        if (arguments[0].Kind != FeelValueKind.List)
        {
            return FeelValue.Null;
        }

        var items = arguments[0].ListItems;
        var result = new FeelValue[items.Length + arguments.Length - 1];
        items.CopyTo(result, 0);
        arguments[1..].CopyTo(result.AsSpan(items.Length));
        return FeelValue.FromArray(result);
    }

    public static FeelValue Distinct(FeelValue list)
    {
        if (list.Kind != FeelValueKind.List)
        {
            return FeelValue.Null;
        }

        var seen = new HashSet<FeelValue>();
        var result = new List<FeelValue>();
        foreach (var item in list.ListItems)
        {
            if (seen.Add(item))
            {
                result.Add(item);
            }
        }

        return FeelValue.FromArray([.. result]);
    }

    public static FeelValue Reverse(FeelValue list)
    {
        if (list.Kind != FeelValueKind.List)
        {
            return FeelValue.Null;
        }

        var result = (FeelValue[])list.ListItems.Clone();
        Array.Reverse(result);
        return FeelValue.FromArray(result);
    }

    public static FeelValue IndexOf(FeelValue list, FeelValue match)
    {
        if (list.Kind != FeelValueKind.List)
        {
            return FeelValue.Null;
        }

        var positions = new List<FeelValue>();
        var items = list.ListItems;
        for (var i = 0; i < items.Length; i++)
        {
            if (FeelOperations.Equal(items[i], match).IsTrue)
            {
                positions.Add(FeelValue.Number(i + 1));
            }
        }

        return FeelValue.FromArray([.. positions]);
    }

    public static FeelValue Flatten(FeelValue list)
    {
        if (list.Kind != FeelValueKind.List)
        {
            return FeelValue.Null;
        }

        var result = new List<FeelValue>();
        AddFlat(list, result);
        return FeelValue.FromArray([.. result]);
    }

    private static void AddFlat(FeelValue list, List<FeelValue> result)
    {
        foreach (var item in list.ListItems)
        {
            if (item.Kind == FeelValueKind.List)
            {
                AddFlat(item, result);
            }
            else
            {
                result.Add(item);
            }
        }
    }

    private static ReadOnlySpan<FeelValue> Items(ReadOnlySpan<FeelValue> arguments) =>
        arguments.Length == 1 && arguments[0].Kind == FeelValueKind.List ? arguments[0].ListItems : arguments;
}
