using System.Collections.Concurrent;
using KnowledgePay.WeChatSimulator.Protocol;

namespace KnowledgePay.WeChatSimulator.State;

internal sealed class UserDirectory : ISimulatorState
{
    private readonly ConcurrentDictionary<string, SimulatedUser> _users = new(StringComparer.Ordinal);

    /// <summary>Creates the user, or updates the values given for an existing one.</summary>
    public SimulatedUser Register(UserRegistration registration) =>
        _users.AddOrUpdate(
            registration.OpenId ?? RandomText.OpenId(),
            openId => new SimulatedUser(
                openId,
                registration.UnionId ?? RandomText.OpenId(),
                registration.PhoneNumber ?? RandomText.MainlandPhoneNumber(),
                registration.Risky ?? false,
                RandomText.SessionKey()),
            (_, existing) => existing with
            {
                UnionId = registration.UnionId ?? existing.UnionId,
                PhoneNumber = registration.PhoneNumber ?? existing.PhoneNumber,
                Risky = registration.Risky ?? existing.Risky,
            });

    public SimulatedUser? Find(string openId) => _users.GetValueOrDefault(openId);

    public SimulatedUser RotateSessionKey(string openId)
    {
        while (true)
        {
            var current = _users[openId];
            var rotated = current with { SessionKey = RandomText.SessionKey() };
            if (_users.TryUpdate(openId, rotated, current))
            {
                return rotated;
            }
        }
    }

    public void Reset() => _users.Clear();
}
