namespace KnowledgePay.Application.Segments.Propensity;

/// <summary>
/// A user as of a cut-off: behaviour, purchase and profile features up to it, and whether they paid an order in the
/// 7 days after it (unknown, false, for the cut-off being scored).
/// </summary>
public sealed record PropensityExample(Guid UserId, float[] Features, bool Bought);
