console.log("prepare-native: placeholder")
