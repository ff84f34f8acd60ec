namespace KnowledgePay.RecommenderEvaluation.Cli;

/// <summary>
/// <c>--onboarding-sample</c> interactions per user set aside to state <c>--onboarding-interests</c> interests
/// (<see cref="Data.OnboardingInterests"/>; 0 draws none), optionally written as a <c>--users</c> file to
/// <c>--write-users</c>.
/// </summary>
public sealed record OnboardingOptions(int SampleSize, int InterestCount, string? UsersOutputPath);
