namespace NewsNlp;

/// <summary>One "Quick Looks" bullet: a short headline label and one sentence.</summary>
/// <param name="Label">The headline label ("10,000 Troops Sent to Border"); empty when a bullet has none.</param>
/// <param name="Text">The bullet's sentence.</param>
public sealed record QuickLook(string Label, string Text);
