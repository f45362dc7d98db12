namespace GovWorkflow.Engine.Expressions;

/// <summary>Recursive-descent parser from FEEL text to a tree of <see cref="FeelNode"/>; errors unwind as <see cref="FeelSyntaxException"/>.</summary>
/// <remarks>
/// Precedence, loosest first: <c>if</c>/<c>for</c>/<c>some</c>/<c>every</c>; <c>or</c>; <c>and</c>; comparisons,
/// <c>between</c>, <c>in</c>; <c>+ -</c>; <c>* /</c>; <c>**</c> (left to right, as feelin); unary minus; postfix
/// <c>.name</c> and <c>[filter]</c>. Nesting and tree height are bounded so hostile text cannot exhaust the stack.
/// </remarks>
internal sealed class FeelParser
{
    /// <summary>The longest text accepted.</summary>
    public const int MaxLength = 100_000;

    /// <summary>The deepest nesting of parentheses, brackets, braces and unary operators accepted.</summary>
    public const int MaxNesting = 64;

    /// <summary>The tallest tree accepted (long operator chains build tall trees without nesting).</summary>
    public const int MaxTreeDepth = 512;

    private readonly FeelLexer lexer;
    private readonly List<string> bound = [];
    private readonly HashSet<string> free = new(StringComparer.Ordinal);
    private FeelToken current;
    private FeelToken? peeked;
    private int nesting;
    private int opaque;

    // While parsing the end of a range, "[" at this nesting closes the range (]1..5[) instead of starting a filter.
    private int rangeEndNesting = -1;

    private FeelParser(string text)
    {
        lexer = new FeelLexer(text);
        current = lexer.Next();
    }

    public static FeelNode Parse(string text, out HashSet<string> freeVariables)
    {
        if (text.Length > MaxLength)
        {
            throw FeelSyntaxException.Create(text, FeelErrorCodes.TooLong, $"表达式过长：最多 {MaxLength} 个字符", MaxLength);
        }

        var parser = new FeelParser(text);
        if (parser.current.Kind == FeelTokenKind.End)
        {
            throw FeelSyntaxException.Create(text, FeelErrorCodes.UnexpectedEnd, "应为表达式，但文本为空", parser.current.Start);
        }

        var root = parser.ParseExpression();
        if (parser.current.Kind != FeelTokenKind.End)
        {
            throw parser.Unexpected("运算符或表达式结尾");
        }

        freeVariables = parser.free;
        return root;
    }

    private FeelNode ParseExpression()
    {
        Enter();
        var node = ParseDisjunction();
        nesting--;
        return node;
    }

    private FeelNode ParseDisjunction()
    {
        var left = ParseConjunction();
        while (current.IsName("or"))
        {
            Advance();
            left = Check(new OrNode(left, ParseConjunction()));
        }

        return left;
    }

    private FeelNode ParseConjunction()
    {
        var left = ParseComparison();
        while (current.IsName("and"))
        {
            Advance();
            left = Check(new AndNode(left, ParseComparison()));
        }

        return left;
    }

    private FeelNode ParseComparison()
    {
        var left = ParseAdditive();
        while (true)
        {
            if (TryComparisonOperator(out var op))
            {
                Advance();
                left = Check(new ComparisonNode(op, left, ParseAdditive()));
            }
            else if (current.IsName("between"))
            {
                Advance();
                var low = ParseAdditive();
                Expect("and");
                left = Check(new BetweenNode(left, low, ParseAdditive()));
            }
            else if (current.IsName("in"))
            {
                Advance();
                left = Check(new InNode(left, ParseInTests()));
            }
            else
            {
                return left;
            }
        }
    }

    private FeelNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (current.Kind is FeelTokenKind.Plus or FeelTokenKind.Minus)
        {
            var op = current.Kind == FeelTokenKind.Plus ? ArithmeticOperator.Add : ArithmeticOperator.Subtract;
            Advance();
            left = Check(new ArithmeticNode(op, left, ParseMultiplicative()));
        }

        return left;
    }

    private FeelNode ParseMultiplicative()
    {
        var left = ParsePower();
        while (current.Kind is FeelTokenKind.Star or FeelTokenKind.Slash)
        {
            var op = current.Kind == FeelTokenKind.Star ? ArithmeticOperator.Multiply : ArithmeticOperator.Divide;
            Advance();
            left = Check(new ArithmeticNode(op, left, ParsePower()));
        }

        return left;
    }

    private FeelNode ParsePower()
    {
        var left = ParseUnary();
        while (current.Kind == FeelTokenKind.StarStar)
        {
            Advance();
            left = Check(new ArithmeticNode(ArithmeticOperator.Power, left, ParseUnary()));
        }

        return left;
    }

    private FeelNode ParseUnary()
    {
        if (current.Kind != FeelTokenKind.Minus)
        {
            return ParsePostfix();
        }

        Advance();
        Enter();
        var operand = ParseUnary();
        nesting--;
        if (operand is LiteralNode { Value.Kind: FeelValueKind.Number } literal)
        {
            return new LiteralNode(FeelValue.Number(-literal.Value.AsNumber));
        }

        return Check(new NegateNode(operand));
    }

    private FeelNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            if (current.Kind == FeelTokenKind.Dot)
            {
                Advance();
                if (current.Kind != FeelTokenKind.Name)
                {
                    throw Unexpected("“.” 之后的名称");
                }

                node = Check(new PathNode(node, current.Text));
                Advance();
            }
            else if (current.Kind == FeelTokenKind.LeftBracket && nesting != rangeEndNesting)
            {
                Advance();
                opaque++;
                var filter = ParseExpression();
                opaque--;
                Expect(FeelTokenKind.RightBracket, "“]”");
                node = Check(new FilterNode(node, filter));
            }
            else
            {
                return node;
            }
        }
    }

    private FeelNode ParsePrimary()
    {
        switch (current.Kind)
        {
            case FeelTokenKind.Number:
                var number = new LiteralNode(FeelValue.Number(current.Number));
                Advance();
                return number;
            case FeelTokenKind.String:
                var text = new LiteralNode(FeelValue.String(current.Text));
                Advance();
                return text;
            case FeelTokenKind.Name:
                return ParseNamed();
            case FeelTokenKind.LeftParen:
                Advance();
                var inner = ParseExpression();
                Expect(FeelTokenKind.RightParen, "“)”");
                return inner;
            case FeelTokenKind.LeftBracket:
                Advance();
                return ParseListRest(null);
            case FeelTokenKind.LeftBrace:
                return ParseContext();
            default:
                throw Unexpected("表达式");
        }
    }

    private FeelNode ParseNamed()
    {
        switch (current.Text)
        {
            case "true" or "false" or "null":
                var literal = current.Text switch
                {
                    "true" => FeelValue.True,
                    "false" => FeelValue.False,
                    _ => FeelValue.Null,
                };
                Advance();
                return new LiteralNode(literal);
            case "if":
                return ParseIf();
            case "for":
                return ParseFor();
            case "some" or "every":
                return ParseQuantified();
        }

        if (FeelNames.IsKeyword(current.Text))
        {
            throw Unexpected("表达式");
        }

        if (Peek().Kind == FeelTokenKind.LeftParen)
        {
            return ParseCall();
        }

        var name = current.Text;
        if (opaque == 0 && !bound.Contains(name))
        {
            free.Add(name);
        }

        Advance();
        return new NameNode(name);
    }

    private FeelNode ParseCall()
    {
        var start = current.Start;
        var name = current.Text;
        if (!FeelBuiltins.TryGet(name, out var function))
        {
            throw FeelSyntaxException.Create(lexer.Text, FeelErrorCodes.UnknownFunction, $"未知函数“{name}”：只能调用内置函数", start);
        }

        Advance();
        Advance();
        var arguments = new List<FeelNode>();
        if (current.Kind != FeelTokenKind.RightParen)
        {
            arguments.Add(ParseExpression());
            while (current.Kind == FeelTokenKind.Comma)
            {
                Advance();
                arguments.Add(ParseExpression());
            }
        }

        Expect(FeelTokenKind.RightParen, "“,” 或 “)”");
        if (arguments.Count < function!.MinArguments || arguments.Count > function.MaxArguments)
        {
            var expected = function.MinArguments == function.MaxArguments ? $"{function.MinArguments} 个"
                : function.MaxArguments == int.MaxValue ? $"至少 {function.MinArguments} 个"
                : $"{function.MinArguments} 到 {function.MaxArguments} 个";
            throw FeelSyntaxException.Create(lexer.Text, FeelErrorCodes.ArgumentCount, $"函数“{name}”应有 {expected}参数，实际为 {arguments.Count} 个", start);
        }

        return Check(new CallNode(function, [.. arguments]));
    }

    private FeelNode ParseListRest(FeelNode? first)
    {
        Enter();
        var items = new List<FeelNode>();
        if (first is not null)
        {
            items.Add(first);
        }
        else if (current.Kind != FeelTokenKind.RightBracket)
        {
            items.Add(ParseExpression());
        }

        while (items.Count > 0 && current.Kind == FeelTokenKind.Comma)
        {
            Advance();
            items.Add(ParseExpression());
        }

        Expect(FeelTokenKind.RightBracket, "“,” 或 “]”");
        nesting--;
        return Check(new ListNode([.. items]));
    }

    private FeelNode ParseContext()
    {
        Advance();
        Enter();
        var keys = new List<string>();
        var values = new List<FeelNode>();
        var boundBefore = bound.Count;
        while (current.Kind != FeelTokenKind.RightBrace || keys.Count > 0)
        {
            if (current.Kind is not (FeelTokenKind.Name or FeelTokenKind.String))
            {
                throw Unexpected(keys.Count == 0 ? "键名或“}”" : "键名");
            }

            if (keys.Contains(current.Text, StringComparer.Ordinal))
            {
                throw FeelSyntaxException.Create(lexer.Text, FeelErrorCodes.DuplicateKey, $"上下文中的键“{current.Text}”重复", current.Start);
            }

            keys.Add(current.Text);
            Advance();
            Expect(FeelTokenKind.Colon, "“:”");
            values.Add(ParseExpression());
            bound.Add(keys[^1]);
            if (current.Kind != FeelTokenKind.Comma)
            {
                break;
            }

            Advance();
        }

        Expect(FeelTokenKind.RightBrace, "“,” 或 “}”");
        bound.RemoveRange(boundBefore, bound.Count - boundBefore);
        nesting--;
        return Check(new ContextNode([.. keys], [.. values]));
    }

    private FeelNode ParseIf()
    {
        Advance();
        var condition = ParseExpression();
        Expect("then");
        var then = ParseExpression();
        Expect("else");
        return Check(new IfNode(condition, then, ParseExpression()));
    }

    private FeelNode ParseFor()
    {
        Advance();
        var boundBefore = bound.Count;
        var iterations = ParseIterations("return");
        var body = ParseExpression();
        bound.RemoveRange(boundBefore, bound.Count - boundBefore);
        return Check(new ForNode(iterations, body));
    }

    private FeelNode ParseQuantified()
    {
        var every = current.IsName("every");
        Advance();
        var boundBefore = bound.Count;
        var iterations = ParseIterations("satisfies");
        var condition = ParseExpression();
        bound.RemoveRange(boundBefore, bound.Count - boundBefore);
        return Check(new QuantifiedNode(every, iterations, condition));
    }

    // name in domain [.. end] (, name in domain)* then the closing keyword; each name is bound for what follows.
    private FeelIteration[] ParseIterations(string closing)
    {
        var iterations = new List<FeelIteration>();
        while (true)
        {
            if (current.Kind != FeelTokenKind.Name || FeelNames.IsKeyword(current.Text))
            {
                throw Unexpected("变量名");
            }

            var name = current.Text;
            Advance();
            Expect("in");
            var domain = ParseExpression();
            FeelNode? end = null;
            if (current.Kind == FeelTokenKind.DotDot)
            {
                Advance();
                end = ParseExpression();
            }

            iterations.Add(new FeelIteration(name, domain, end));
            bound.Add(name);
            if (current.Kind != FeelTokenKind.Comma)
            {
                break;
            }

            Advance();
        }

        Expect(closing);
        return [.. iterations];
    }

    // After "in": one positive unary test, or a parenthesized list of them, or a range.
    private UnaryTest[] ParseInTests()
    {
        if (current.Kind != FeelTokenKind.LeftParen)
        {
            return [ParseSimpleTest()];
        }

        Advance();
        Enter();
        if (!IsSimpleTestStart())
        {
            var start = ParseExpression();
            if (current.Kind == FeelTokenKind.DotDot)
            {
                nesting--;
                return [ParseRangeRest(start, startClosed: false)];
            }

            var tests = new List<UnaryTest> { new ValueTest(start) };
            return FinishTestList(tests);
        }

        return FinishTestList([ParseSimpleTest()]);
    }

    private UnaryTest[] FinishTestList(List<UnaryTest> tests)
    {
        while (current.Kind == FeelTokenKind.Comma)
        {
            Advance();
            tests.Add(ParseSimpleTest());
        }

        Expect(FeelTokenKind.RightParen, "“,” 或 “)”");
        nesting--;
        return [.. tests];
    }

    private bool IsSimpleTestStart() => TryComparisonOperator(out _) || current.Kind is FeelTokenKind.LeftBracket or FeelTokenKind.RightBracket;

    private UnaryTest ParseSimpleTest()
    {
        if (TryComparisonOperator(out var op))
        {
            Advance();
            return CheckTest(new ComparisonTest(op, ParseAdditive()));
        }

        if (current.Kind == FeelTokenKind.RightBracket)
        {
            Advance();
            return ParseRangeRest(ParseExpression(), startClosed: false);
        }

        if (current.Kind != FeelTokenKind.LeftBracket)
        {
            return CheckTest(new ValueTest(ParseAdditive()));
        }

        Advance();
        if (current.Kind == FeelTokenKind.RightBracket)
        {
            Advance();
            return new ValueTest(new ListNode([]));
        }

        var first = ParseExpression();
        return current.Kind == FeelTokenKind.DotDot
            ? ParseRangeRest(first, startClosed: true)
            : CheckTest(new ValueTest(ParseListRest(first)));
    }

    private RangeTest ParseRangeRest(FeelNode start, bool startClosed)
    {
        Expect(FeelTokenKind.DotDot, "“..”");
        var outer = rangeEndNesting;
        rangeEndNesting = nesting + 1;
        var end = ParseExpression();
        rangeEndNesting = outer;
        if (current.Kind is not (FeelTokenKind.RightBracket or FeelTokenKind.RightParen or FeelTokenKind.LeftBracket))
        {
            throw Unexpected("区间结尾“]”、“)” 或 “[”");
        }

        var endClosed = current.Kind == FeelTokenKind.RightBracket;
        Advance();
        return (RangeTest)CheckTest(new RangeTest(start, startClosed, end, endClosed));
    }

    private bool TryComparisonOperator(out ComparisonOperator op)
    {
        (var ok, op) = current.Kind switch
        {
            FeelTokenKind.Equal => (true, ComparisonOperator.Equal),
            FeelTokenKind.NotEqual => (true, ComparisonOperator.NotEqual),
            FeelTokenKind.Less => (true, ComparisonOperator.Less),
            FeelTokenKind.LessOrEqual => (true, ComparisonOperator.LessOrEqual),
            FeelTokenKind.Greater => (true, ComparisonOperator.Greater),
            FeelTokenKind.GreaterOrEqual => (true, ComparisonOperator.GreaterOrEqual),
            _ => (false, ComparisonOperator.Equal),
        };
        return ok;
    }

    private void Advance()
    {
        if (peeked is { } next)
        {
            current = next;
            peeked = null;
        }
        else
        {
            current = lexer.Next();
        }
    }

    private FeelToken Peek()
    {
        peeked ??= lexer.Next();
        return peeked.Value;
    }

    private void Expect(FeelTokenKind kind, string expected)
    {
        if (current.Kind != kind)
        {
            throw Unexpected(expected);
        }

        Advance();
    }

    private void Expect(string keyword)
    {
        if (!current.IsName(keyword))
        {
            throw Unexpected($"“{keyword}”");
        }

        Advance();
    }

    private void Enter()
    {
        if (++nesting > MaxNesting)
        {
            throw FeelSyntaxException.Create(lexer.Text, FeelErrorCodes.TooDeep, $"表达式嵌套过深：最多 {MaxNesting} 层", current.Start);
        }
    }

    private FeelNode Check(FeelNode node) =>
        node.Depth > MaxTreeDepth
            ? throw FeelSyntaxException.Create(lexer.Text, FeelErrorCodes.TooDeep, $"表达式过于复杂：运算层次最多 {MaxTreeDepth} 层", current.Start)
            : node;

    private UnaryTest CheckTest(UnaryTest test) =>
        test.Depth > MaxTreeDepth
            ? throw FeelSyntaxException.Create(lexer.Text, FeelErrorCodes.TooDeep, $"表达式过于复杂：运算层次最多 {MaxTreeDepth} 层", current.Start)
            : test;

    private FeelSyntaxException Unexpected(string expected)
    {
        if (current.Kind == FeelTokenKind.End)
        {
            return FeelSyntaxException.Create(lexer.Text, FeelErrorCodes.UnexpectedEnd, $"应为{expected}，但表达式已结束", current.Start);
        }

        var found = current.Kind == FeelTokenKind.String ? "字符串" : $"“{lexer.Text[current.Start..current.End]}”";
        return FeelSyntaxException.Create(lexer.Text, FeelErrorCodes.UnexpectedToken, $"应为{expected}，实际为{found}", current.Start);
    }
}
