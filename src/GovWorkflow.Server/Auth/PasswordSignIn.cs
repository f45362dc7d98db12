using GovWorkflow.Server.Auth.Persistence;
using GovWorkflow.Server.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Server.Auth;

/// <summary>Checks a password against the user table, counting failures and locking the account after too many.</summary>
/// <remarks>
/// An unknown user and a wrong password answer the same, and an unknown user still costs one hash, so that neither
/// the answer nor its time tells which ids exist. Time comes from the injected clock.
/// </remarks>
public sealed class PasswordSignIn(Func<ServerDbContext> contexts, IPasswordHasher<UserRecord> hasher, ServerOptions options, IClock clock)
{
    private readonly Lazy<string> dummyHash = new(() => hasher.HashPassword(Dummy, "不存在的用户"));

    private static readonly UserRecord Dummy = new() { Id = string.Empty, Name = string.Empty, Roles = string.Empty, PasswordHash = string.Empty };

    /// <summary>Checks <paramref name="password"/> for <paramref name="userId"/>.</summary>
    public async Task<SignInResult> CheckAsync(string userId, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(password);
        await using var context = contexts();
        var user = await context.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            hasher.VerifyHashedPassword(Dummy, dummyHash.Value, password);
            return Invalid();
        }

        var now = clock.GetCurrentInstant();
        if (user.LockedUntil is { } until && Instant.FromUnixTimeTicks(until) > now)
        {
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
            return locked ? LockedOut(now + options.Lockout) : Invalid();
        }

        user.FailedAttempts = 0;
        user.LockedUntil = null;
        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new SignInResult(user, null, null);
    }

    private static SignInResult Invalid() => new(null, "auth.invalid-credentials", "用户名或密码错误。");

    private SignInResult LockedOut(Instant until) => new(
        null,
        "auth.locked-out",
        $"连续 {options.LockoutThreshold} 次密码错误，账号已锁定至 {until.InZone(Domain.Calendar.BusinessCalendar.Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)}（北京时间），请稍后再试或联系管理员。");
}
