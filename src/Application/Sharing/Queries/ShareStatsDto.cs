namespace KnowledgePay.Application.Sharing.Queries;

/// <summary>
/// The share → visit → purchase funnel over a set of courses: how many shares were made, and what they brought. A
/// visitor counts once per course (however many of its shares they opened), and as a buyer when they bought the course
/// after their first visit through any of its shares.
/// </summary>
public sealed record ShareStatsDto(int Shares, ShareFunnelDto Funnel);
