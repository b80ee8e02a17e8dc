//! Finnish business ID (Y-tunnus) validation: seven digits, a hyphen and a check digit.

/// Why a business ID is not valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BusinessIdError {
    /// Not of the form 1234567-8.
    Shape,
    /// The check digit does not match the seven digits.
    CheckDigit,
}

const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];

/// Validates a Y-tunnus. Accepts the old six-digit form with a missing leading zero, as the registry does.
pub fn validate(id: &str) -> Result<(), BusinessIdError> {
    let id = id.trim();
    let (digits, check) = id.split_once('-').ok_or(BusinessIdError::Shape)?;
    if !(6..=7).contains(&digits.len())
        || check.len() != 1
        || !digits.chars().chain(check.chars()).all(|c| c.is_ascii_digit())
    {
        return Err(BusinessIdError::Shape);
    }
    let padded = format!("{digits:0>7}");
    let sum: u32 = padded.chars().zip(WEIGHTS).map(|(c, w)| (c as u32 - '0' as u32) * w).sum();
    let expected = match sum % 11 {
        0 => 0,
        1 => return Err(BusinessIdError::CheckDigit),
        r => 11 - r,
    };
    if check.parse::<u32>().ok() == Some(expected) {
        Ok(())
    } else {
        Err(BusinessIdError::CheckDigit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_ids_of_the_seeds() {
        for id in ["0246246-0", "3221318-2", "3221308-6"] {
            assert_eq!(validate(id), Ok(()), "{id}");
        }
    }

    #[test]
    fn flags_the_id_printed_for_jamsa_in_the_southern_central_finland_seed() {
        // The seed prints 1068366-0; its check digit computes to 9. The preset keeps the seed's value
        // and the checker reports it.
        assert_eq!(validate("1068366-0"), Err(BusinessIdError::CheckDigit));
        assert_eq!(validate("1068366-9"), Ok(()));
    }

    #[test]
    fn rejects_wrong_check_digit_and_shape() {
        assert_eq!(validate("0246246-1"), Err(BusinessIdError::CheckDigit));
        assert_eq!(validate("0246246"), Err(BusinessIdError::Shape));
        assert_eq!(validate("02462X6-0"), Err(BusinessIdError::Shape));
        assert_eq!(validate(""), Err(BusinessIdError::Shape));
    }
}
