using System.Globalization;

namespace GovWorkflow.Engine.Expressions;

/// <summary>Reads the designators of an ISO 8601 duration: <c>-P1Y2M</c>, <c>P3DT4H5M6.5S</c>.</summary>
internal ref struct DurationScanner
{
    private const long Limit = 1_000_000_000_000L;
    private readonly ReadOnlySpan<char> text;
    private int position;

    public DurationScanner(string text)
    {
        this.text = text;
    }

    public bool Negative { get; private set; }

    public long Years { get; private set; }

    public long Months { get; private set; }

    public long Days { get; private set; }

    public long Hours { get; private set; }

    public long Minutes { get; private set; }

    public decimal Seconds { get; private set; }

    public bool HasYearsMonths { get; private set; }

    public bool HasDaysTime { get; private set; }

    public bool Scan()
    {
        if (position < text.Length && text[position] == '-')
        {
            Negative = true;
            position++;
        }

        if (position >= text.Length || text[position] != 'P')
        {
            return false;
        }

        position++;
        var inTime = false;
        var order = 0;
        var any = false;
        while (position < text.Length)
        {
            if (text[position] == 'T' && !inTime)
            {
                inTime = true;
                position++;
                if (position >= text.Length)
                {
                    return false;
                }

                continue;
            }

            if (!ReadComponent(inTime, ref order))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private bool ReadComponent(bool inTime, ref int order)
    {
        var start = position;
        while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.'))
        {
            position++;
        }

        if (position == start || position >= text.Length)
        {
            return false;
        }

        var digits = text[start..position];
        var designator = text[position++];
        var rank = (inTime, designator) switch
        {
            (false, 'Y') => 1,
            (false, 'M') => 2,
            (false, 'D') => 3,
            (true, 'H') => 4,
            (true, 'M') => 5,
            (true, 'S') => 6,
            _ => 0,
        };
        if (rank <= order)
        {
            return false;
        }

        order = rank;
        return rank == 6 ? ReadSeconds(digits) : Assign(rank, digits);
    }

    private bool ReadSeconds(ReadOnlySpan<char> digits)
    {
        if (digits[0] == '.' || digits[^1] == '.' || digits.Length > 24
            || !decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        Seconds = seconds;
        HasDaysTime = true;
        return true;
    }

    private bool Assign(int rank, ReadOnlySpan<char> digits)
    {
        if (digits.Contains('.') || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > Limit)
        {
            return false;
        }

        switch (rank)
        {
            case 1:
                Years = value;
                HasYearsMonths = true;
                break;
            case 2:
                Months = value;
                HasYearsMonths = true;
                break;
            case 3:
                Days = value;
                HasDaysTime = true;
                break;
            case 4:
                Hours = value;
                HasDaysTime = true;
                break;
            default:
                Minutes = value;
                HasDaysTime = true;
                break;
        }

        return true;
    }
}
