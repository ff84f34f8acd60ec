namespace KnowledgePay.Application.Common.Security;

/// <summary>
/// Marks a command that the system itself runs (order sweeps, payment settlements, provider notifications), never one
/// sent on a client's behalf: it carries no user, so authorization lets it through, and whoever sends it vouches for
/// its input (a verified signature, a background schedule).
/// </summary>
public interface ISystemCommand;
