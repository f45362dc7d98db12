using GovWorkflow.Server.Hosting;

namespace GovWorkflow.Server.Auth;

/// <summary>What a new password must be: at least 10 characters with letters and digits, neither the user id nor the demo password.</summary>
/// <param name="options">The server settings (the demo password).</param>
public sealed class PasswordPolicy(ServerOptions options)
{
    /// <summary>The fewest characters.</summary>
    public const int MinLength = 10;

    /// <summary>Every rule <paramref name="password"/> breaks for <paramref name="userId"/>, in Chinese; empty when acceptable.</summary>
    public IReadOnlyList<string> Check(string userId, string password)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(password);
        var problems = new List<string>();
        if (password.Length < MinLength)
        {
            problems.Add($"至少 {MinLength} 个字符");
        }

        if (!password.Any(char.IsLetter) || !password.Any(char.IsAsciiDigit))
        {
            problems.Add("须同时包含字母和数字");
        }

        if (string.Equals(password.Trim(), userId, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("不能与用户名相同");
        }

        if (string.Equals(password, options.DemoPassword, StringComparison.Ordinal))
        {
            problems.Add("不能使用演示密码");
        }

        return problems;
    }
}
