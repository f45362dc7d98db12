using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth.Persistence;
using GovWorkflow.Server.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Server.Auth;

/// <summary>Checks a password against the user table, counting failures and locking the account after too many.</summary>
/// <remarks>
/// An unknown user and a wrong password answer the same, and an unknown user still costs one hash, so that neither
/// the answer nor its time tells which ids exist. Time comes from the injected clock. Every attempt lands in the
/// runtime's audit log (auth.login, auth.failed, auth.locked-out) with the id it was made for.
/// </remarks>
public sealed class PasswordSignIn(Func<ServerDbContext> contexts, Func<RuntimeDbContext> audit, IPasswordHasher<UserRecord> hasher, ServerOptions options, IClock clock)
{
    private readonly Lazy<string> dummyHash = new(() => hasher.HashPassword(Dummy, "不存在的用户"));

    private static readonly UserRecord Dummy = new() { Id = string.Empty, Name = string.Empty, Roles = string.Empty, PasswordHash = string.Empty };

    /// <summary>Checks <paramref name="password"/> for <paramref name="userId"/>; a success is audited as <paramref name="successAction"/>, if any.</summary>
    public async Task<SignInResult> CheckAsync(string userId, string password, CancellationToken cancellationToken, string? successAction = "auth.login")
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(password);
        await using var context = contexts();
        var user = await context.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        if (user is null)
        {
            hasher.VerifyHashedPassword(Dummy, dummyHash.Value, password);
            await AuditAsync(userId, "auth.failed", "未知用户", now, cancellationToken).ConfigureAwait(false);
            return Invalid();
        }

        if (user.LockedUntil is { } until && Instant.FromUnixTimeTicks(until) > now)
        {
            await AuditAsync(userId, "auth.locked-out", "账号锁定期间尝试登录", now, cancellationToken).ConfigureAwait(false);
            return LockedOut(Instant.FromUnixTimeTicks(until));
        }

        var verified = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            user.FailedAttempts++;
            var locked = user.FailedAttempts >= options.LockoutThreshold;
            if (locked)
            {
                user.LockedUntil = (now + options.Lockout).ToUnixTimeTicks();
                user.FailedAttempts = 0;
            }

            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await AuditAsync(userId, locked ? "auth.locked-out" : "auth.failed", locked ? $"连续 {options.LockoutThreshold} 次密码错误，锁定" : "密码错误", now, cancellationToken).ConfigureAwait(false);
            return locked ? LockedOut(now + options.Lockout) : Invalid();
        }

        user.FailedAttempts = 0;
        user.LockedUntil = null;
        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (successAction is not null)
        {
            await AuditAsync(userId, successAction, null, now, cancellationToken).ConfigureAwait(false);
        }

        return new SignInResult(user, null, null);
    }

    private async Task AuditAsync(string userId, string action, string? detail, Instant now, CancellationToken cancellationToken)
    {
        await using var log = audit();
        log.Audit.Add(new AuditRecord { Actor = userId.Length > 100 ? userId[..100] : userId, Action = action, At = now, Detail = detail });
        await log.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static SignInResult Invalid() => new(null, "auth.invalid-credentials", "用户名或密码错误。");

    private SignInResult LockedOut(Instant until) => new(
        null,
        "auth.locked-out",
        $"连续 {options.LockoutThreshold} 次密码错误，账号已锁定至 {until.InZone(Domain.Calendar.BusinessCalendar.Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)}（北京时间），请稍后再试或联系管理员。");
}
