namespace KnowledgePay.Recommender.Training;

/// <summary>A user–course pair with its label (taken or sampled negative) and weight, by dense indices.</summary>
internal readonly record struct TrainingExample(int User, int Course, bool Taken, float Weight);
