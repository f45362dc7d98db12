namespace GovWorkflow.Server.Auth;

/// <summary>Who is signed in, as the API shows it.</summary>
/// <param name="Id">Login id.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="Department">Department code.</param>
/// <param name="Roles">Roles.</param>
public sealed record UserView(string Id, string Name, string? Department, IReadOnlyList<string> Roles)
{
    /// <summary>The view of a user.</summary>
    public static UserView Of(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new UserView(user.Id, user.Name, user.Department, user.Roles);
    }
}
