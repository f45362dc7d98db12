using GovWorkflow.Domain.People;

namespace GovWorkflow.Server.Hosting;

/// <summary>The people the desk checks actions against, read from the user table at start.</summary>
/// <remarks>The desk is built on first use, after <see cref="ServerStartup"/> has seeded and read the users.</remarks>
public sealed class ServerPeople
{
    private PeopleDirectory? directory;

    /// <summary>The directory.</summary>
    /// <exception cref="InvalidOperationException">Read before start-up finished.</exception>
    public PeopleDirectory Directory
    {
        get => directory ?? throw new InvalidOperationException("用户尚未加载：服务器启动未完成。");
        set => directory = value;
    }
}
