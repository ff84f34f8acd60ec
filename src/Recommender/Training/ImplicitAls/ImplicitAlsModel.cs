namespace KnowledgePay.Recommender.Training.ImplicitAls;

/// <summary>Learnt factors: the score of (user u, course i) is <c>Users.Row(u) · Courses.Row(i)</c>.</summary>
public sealed record ImplicitAlsModel(LatentFactors Users, LatentFactors Courses);
