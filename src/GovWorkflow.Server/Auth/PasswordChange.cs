using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth.Persistence;
using GovWorkflow.Server.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Server.Auth;

/// <summary>Changes a user's password: the current one checked as a sign-in is, the new one against the <see cref="PasswordPolicy"/>.</summary>
/// <remarks>
/// A wrong current password counts as a failed sign-in (and can lock the account), so a session left open cannot be
/// used to guess the password. The change clears <see cref="UserRecord.MustChangePassword"/> and is audited as
/// <c>auth.password-changed</c>.
/// </remarks>
public sealed class PasswordChange(PasswordSignIn signIn, PasswordPolicy policy, Func<ServerDbContext> contexts, Func<RuntimeDbContext> audit, IPasswordHasher<UserRecord> hasher, IClock clock)
{
    /// <summary>The audit action of a change.</summary>
    public const string Action = "auth.password-changed";

    /// <summary>Changes the password; the problem to answer, or null when changed.</summary>
    public async Task<IResult?> ChangeAsync(string userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var verified = await signIn.CheckAsync(userId, currentPassword, cancellationToken, successAction: null).ConfigureAwait(false);
        if (!verified.Succeeded)
        {
            return verified.Code == "auth.locked-out"
                ? Problems.Of(StatusCodes.Status423Locked, verified.Code, verified.Message!)
                : Problems.Of(StatusCodes.Status403Forbidden, "auth.password-wrong", "当前密码不正确，密码未修改。");
        }

        var broken = policy.Check(userId, newPassword);
        if (broken.Count > 0)
        {
            return Problems.Of(
                StatusCodes.Status422UnprocessableEntity,
                "auth.password-weak",
                $"新密码不符合要求：{string.Join("；", broken)}。密码须至少 {PasswordPolicy.MinLength} 个字符，同时包含字母和数字，且不能是用户名或演示密码。",
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["rules"] = broken });
        }

        await using (var context = contexts())
        {
            var user = await context.Users.SingleAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
            user.PasswordHash = hasher.HashPassword(user, newPassword);
            user.MustChangePassword = false;
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var log = audit();
        log.Audit.Add(new AuditRecord { Actor = userId, Action = Action, At = clock.GetCurrentInstant(), Detail = "用户修改了本人密码" });
        await log.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Whether the user must still change the password (read from the user table, not the sign-in's claims).</summary>
    public async Task<bool> IsRequiredAsync(string userId, CancellationToken cancellationToken)
    {
        await using var context = contexts();
        return await context.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.MustChangePassword, cancellationToken).ConfigureAwait(false);
    }
}
